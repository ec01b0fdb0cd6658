import { assignableRoles, type Role, type TTeam } from '@homeward/core';
import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../lib/vocabulary';


/** Role choice limited to the roles this administrator may hand out. */
export function RoleSelect({ actorRole, value, onChange, error, disabled, description }: { actorRole: Role; value: Role | undefined; onChange: (r: Role) => void; error?: string; disabled?: boolean; description?: string }) {
  const { t } = useTranslation();
  const options = assignableRoles(actorRole).map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <Select
      data-testid="user-role"
      label={t('users.role')}
      description={description}
      data={options}
      value={value ?? null}
      onChange={(v) => {
        if (isRole(v)) onChange(v);
      }}
      allowDeselect={false}
      required
      disabled={disabled}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The teams of one organisation (archived ones cannot take new members). */
export function TeamsSelect({ teams, organisationId, value, onChange, error }: { teams: TTeam[]; organisationId: string; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const options = teams.filter((team) => team.organisationId === organisationId && (!team.archived || value.includes(team.id))).map((team) => ({ value: team.id, label: team.name }));
  return (
    <MultiSelect
      data-testid="user-teams"
      label={t('users.teams')}
      placeholder={value.length ? undefined : t('users.noTeams')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
