import type { TCentreStage, TTimelineEntry } from '@homeward/core';
import { Text, Timeline } from '@mantine/core';
import { IconCalendarEvent, IconClipboardCheck, IconFlag, IconHeartHandshake, IconSchool, IconSpeakerphone, IconStairsUp, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useLookupList } from '../people/lookups';
import { centreTimelineQuery } from './api';

const timelineIcons: Record<TTimelineEntry['kind'], ReactNode> = {
  created: <IconFlag size={12} />, stage: <IconStairsUp size={12} />, activity: <IconHeartHandshake size={12} />, milestone: <IconCalendarEvent size={12} />,
  assessment: <IconClipboardCheck size={12} />, count: <IconUsers size={12} />, training: <IconSchool size={12} />, outreach: <IconSpeakerphone size={12} />,
};

/** Everything that happened with the centre, newest first. */
export function CentreTimeline({ centreId }: { centreId: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const types = useLookupList('centre_activity_type');
  const outreachTypes = useLookupList('outreach_event_type');
  const timeline = useQuery(centreTimelineQuery(centreId));
  if (timeline.isPending) return <LoadingState />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (timeline.data.length === 0) return <Text c="dimmed">{t('centres.timeline.none')}</Text>;
  const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  const line = (e: TTimelineEntry): { title: string; body?: string } => {
    const d = e.detail;
    switch (e.kind) {
      case 'created': return { title: t('centres.timeline.created') };
      case 'stage': return { title: t('centres.timeline.stage', { stage: t(`centres.stages.${str(d.to) as TCentreStage}`) }), body: str(d.reason) };
      case 'activity': return { title: types.label(str(d.type)), body: str(d.notes) || undefined };
      case 'milestone': return { title: `${t('centres.timeline.milestone')}: ${str(d.title)}`, body: t(`centres.milestoneStatus.${str(d.status) as 'open' | 'done' | 'cancelled'}`) };
      case 'assessment': return { title: `${t('centres.timeline.assessment')}: ${str(i18n.language === 'km' ? d.nameKm : d.nameEn)}`, body: d.total === null ? undefined : fmt.number(Number(d.total)) };
      case 'count': return { title: t('centres.timeline.count', { children: fmt.number(Number(d.girls) + Number(d.boys)), staff: d.staff === null ? '—' : fmt.number(Number(d.staff)) }) };
      case 'training': return { title: `${t(`centres.training.kinds.${str(d.kind) === 'study_tour' ? 'study_tour' : 'training'}`)}: ${str(d.title)}`, body: t('centres.timeline.trainingPeople', { count: Number(d.participants) }) };
      case 'outreach': return { title: `${outreachTypes.label(str(d.type))}: ${str(d.topic)}` };
    }
  };
  return (
    <Timeline bulletSize={24} lineWidth={2} data-testid="centre-timeline">
      {timeline.data.map((e) => {
        const l = line(e);
        return (
          <Timeline.Item key={`${e.kind}-${e.id}`} bullet={timelineIcons[e.kind]} title={<Text size="sm" fw={600}>{l.title}</Text>}>
            {l.body && <Text size="sm">{l.body}</Text>}
            <Text size="xs" c="dimmed">{fmt.date(e.on)}</Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
