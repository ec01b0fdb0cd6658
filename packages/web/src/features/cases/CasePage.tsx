import { ageOn, type TCase } from '@homeward/core';
import type { TFunction } from 'i18next';
import { ActionIcon, Alert, Badge, Button, Group, Menu, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp, IconArrowsExchange, IconChevronLeft, IconCircleX, IconDots, IconFlag, IconHistory, IconLock, IconPencil, IconRoute, IconTransfer, IconUserShare,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan, useMe } from '../auth/session';
import { caseApprovalsQuery, caseQuery, carePlansQuery } from './api';
import { ClosureModal, ReassignModal, ReopenModal, TransferModal } from './CaseActions';
import { AssessmentsTab } from '../assessments/AssessmentsTab';
import { ConsentsTab } from './ConsentsTab';
import { DocumentsTab } from './DocumentsTab';
import { FollowUpsTab } from './FollowUpsTab';
import { IntakeModal } from './IntakeModal';
import { NotesTab } from './NotesTab';
import { OverviewTab } from './OverviewTab';
import { PlacementTab } from './PlacementTab';
import { PlanTab } from './PlanTab';
import { ServicesTab } from './ServicesTab';
import { TracingTab } from '../tracing/TracingTab';
import { StageMoveModal } from './StageMoveModal';
import { PrintFormsButton } from '../forms/PrintFormsButton';
import { caseTabs, type CaseTab } from './tabs';
import { cambodiaToday } from './logic';
import { useLookups } from './lookups';
import { ChildName, RiskBadge, StageBadge } from './ui';

const route = getRouteApi('/app/cases/$caseId');

export function CasePage() {
  return (
    <RequireAbility action="case.read">
      <CaseScreen />
    </RequireAbility>
  );
}

type Dialog = 'stage' | 'closure' | 'reopen' | 'assign' | 'transfer' | 'intake' | null;

function CaseScreen() {
  const { t } = useTranslation();
  const { caseId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const kase = useQuery(caseQuery(caseId));
  const [dialog, setDialog] = useState<Dialog>(null);

  if (kase.isPending) return <LoadingState />;
  if (kase.isError)
    return (
      <Stack>
        <BackToCases />
        <ErrorState error={kase.error} onRetry={() => void kase.refetch()} />
      </Stack>
    );
  const c = kase.data;
  // "Upload the signed agreement" (agreementFor) is only meant for the Documents tab it opened.
  const setTab = (next: CaseTab) =>
    void navigate({ search: (s) => ({ ...s, tab: next === 'overview' ? undefined : next, agreementFor: next === 'documents' ? s.agreementFor : undefined }), replace: true });

  return (
    <Stack gap="md">
      <CaseHeader kase={c} open={setDialog} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as CaseTab)} keepMounted={false} variant="outline">
        <Tabs.List className="case-tabs">
          {caseTabs.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`case-tab-${key}`}>
              {key === 'tracing' ? t('tracing.tab') : t(`cases.tabs.${key}`)}
              {key === 'notes' && c.counts.notes > 0 && (
                <Badge size="xs" variant="light" color="gray" ml={6} component="span">
                  {c.counts.notes}
                </Badge>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <div className="case-panel">
          <Tabs.Panel value="overview">
            <OverviewTab kase={c} onEditIntake={() => setDialog('intake')} />
          </Tabs.Panel>
          <Tabs.Panel value="notes">
            <NotesTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="assessments">
            <AssessmentsTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="tracing">
            <TracingTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <PlanTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="placement">
            <PlacementTab kase={c} onTab={setTab} />
          </Tabs.Panel>
          <Tabs.Panel value="followUps">
            <FollowUpsTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="services">
            <ServicesTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="consents">
            <ConsentsTab kase={c} />
          </Tabs.Panel>
          <Tabs.Panel value="documents">
            <DocumentsTab kase={c} />
          </Tabs.Panel>
        </div>
      </Tabs>

      <StageMoveModal kase={c} opened={dialog === 'stage'} onClose={() => setDialog(null)} onTab={setTab} />
      <ClosureModal kase={c} opened={dialog === 'closure'} onClose={() => setDialog(null)} onTab={setTab} />
      <ReopenModal kase={c} opened={dialog === 'reopen'} onClose={() => setDialog(null)} />
      <ReassignModal kase={c} opened={dialog === 'assign'} onClose={() => setDialog(null)} />
      <TransferModal kase={c} opened={dialog === 'transfer'} onClose={() => setDialog(null)} onTab={setTab} />
      <IntakeModal kase={c} opened={dialog === 'intake'} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function BackToCases() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/cases" size="sm" c="dimmed" w="fit-content">
      <Group gap={2} wrap="nowrap">
        <IconChevronLeft size={16} aria-hidden />
        {t('cases.title')}
      </Group>
    </AnchorLink>
  );
}

/** Who the case is about, where it stands, who holds it, and what can be done with it. */
function CaseHeader({ kase, open }: { kase: TCase; open: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const approvals = useQuery(caseApprovalsQuery(kase.id)).data ?? [];
  const plans = useQuery(carePlansQuery(kase.id));
  const closed = kase.stage === 'closed';
  const write = can('case.write');
  const pendingClosure = approvals.find((a) => a.kind === 'closure' && a.status === 'pending');
  const age = kase.child.birthDate ? ageText(kase.child.birthDate, kase.child.birthDateEstimated, t, fmt.number) : null;
  const menu = [
    write && !closed && { key: 'intake', icon: IconPencil, label: t('cases.editIntake'), onClick: () => open('intake') },
    can('case.assign') && !closed && { key: 'assign', icon: IconUserShare, label: t('cases.reassign'), onClick: () => open('assign'), testId: 'case-reassign' },
    can('case.transfer') && !closed && { key: 'transfer', icon: IconTransfer, label: t('transfers.request'), onClick: () => open('transfer'), testId: 'case-transfer' },
  ].filter((x): x is { key: string; icon: typeof IconPencil; label: string; onClick: () => void; testId?: string } => Boolean(x));

  return (
    <Stack gap="xs">
      <BackToCases />
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <div className="case-head">
            <Stack gap={2} className="case-head-who">
              <Title order={1} fz={{ base: 'h3', sm: 'h2' }} lang={kase.child.familyNameKm || kase.child.givenNameKm ? 'km' : undefined}>
                <ChildName child={kase.child} inline fw={700} />
              </Title>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" ff="monospace" lang="en" data-testid="case-number">
                  {kase.number}
                </Text>
                <StageBadge stage={kase.stage} data-testid="case-stage-badge" data-stage={kase.stage} />
                <RiskBadge risk={kase.riskLevel} />
                {kase.overdue && (
                  <Badge color="red" variant="outline">
                    {t('cases.overdue')}
                  </Badge>
                )}
                {pendingClosure && (
                  <Badge color="orange" variant="light" leftSection={<IconFlag size={12} />}>
                    {t('closure.pending')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {[
                  sexLabel(kase.child.sex, t),
                  age,
                  t('cases.caseworkerIs', { name: kase.caseworker.name }),
                  kase.teamName,
                  t('cases.openedOnDate', { date: fmt.date(kase.openedOn) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Group gap="xs" className="case-head-actions">
              {write && !closed && (
                <Button leftSection={<IconRoute size={16} />} onClick={() => open('stage')} data-testid="case-stage-move" disabled={plans.isPending}>
                  {t('pathway.move')}
                </Button>
              )}
              {write && !closed && !pendingClosure && (
                <Button variant="default" leftSection={<IconCircleX size={16} />} onClick={() => open('closure')} data-testid="closure-request">
                  {t('closure.request')}
                </Button>
              )}
              {write && closed && (
                <Button leftSection={<IconArrowBackUp size={16} />} onClick={() => open('reopen')} data-testid="case-reopen">
                  {t('cases.reopen')}
                </Button>
              )}
              <PrintFormsButton caseId={kase.id} />
            </Group>
            <div className="case-head-menu">
              {(menu.length > 0 || can('audit.read_record')) && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="default" size="lg" aria-label={t('cases.moreActions')} data-testid="case-menu">
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {menu.map((m) => (
                      <Menu.Item key={m.key} leftSection={<m.icon size={16} />} onClick={m.onClick} data-testid={m.testId}>
                        {m.label}
                      </Menu.Item>
                    ))}
                    {can('audit.read_record') && (
                      <Menu.Item
                        onClick={() => void navigate({ to: '/admin/audit/records/$recordType/$recordId', params: { recordType: 'case', recordId: kase.id } })}
                        leftSection={<IconHistory size={16} />}
                        data-testid="case-audit"
                      >
                        {t('audit.whoOpened')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              )}
            </div>
          </div>
          {closed && (
            <Alert color="gray" variant="light" icon={<IconLock size={18} />} p="xs">
              <Text size="sm">
                {t('cases.closedOn', { date: kase.closedOn ? fmt.date(kase.closedOn) : '—' })}
                {kase.closureReason && <> · <ClosureReasonLabel value={kase.closureReason} /></>}
              </Text>
            </Alert>
          )}
          {kase.transfers.some((x) => x.status === 'pending') && (
            <Alert color="blue" variant="light" icon={<IconArrowsExchange size={18} />} p="xs">
              <Text size="sm">{t('transfers.pendingOn', { organisation: kase.transfers.find((x) => x.status === 'pending')?.to.name ?? '' })}</Text>
            </Alert>
          )}
          {me && kase.caseworker.id !== me.user.id && write && !closed && !can('case.approve') && (
            <Text size="xs" c="dimmed">
              {t('cases.notYourCase')}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function ClosureReasonLabel({ value }: { value: string }) {
  const lookups = useLookups();
  return <>{lookups.label('closure_reason', value)}</>;
}

/** "12 years" or "about 12 years" for an estimated birth date. */
export function ageText(birthDate: string, estimated: boolean, t: TFunction, num: (n: number) => string): string {
  const age = ageOn(birthDate, cambodiaToday());
  return estimated ? t('cases.ageAbout', { count: age, age: num(age) }) : t('cases.age', { count: age, age: num(age) });
}

const sexes = ['female', 'male', 'unknown'] as const;
/** The child's sex as the header shows it (nothing when unknown). */
export function sexLabel(sex: string, t: TFunction): string {
  if (sex === 'unknown' || !(sexes as readonly string[]).includes(sex)) return '';
  return t(`cases.sex.${sex as 'female' | 'male'}`);
}
