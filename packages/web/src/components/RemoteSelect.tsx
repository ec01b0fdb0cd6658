import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What is typed in a remote select, and the same text trimmed once typing pauses (to query with). */
export interface SearchText {
  typed: string;
  setTyped: (text: string) => void;
  query: string;
}

export function useSearchText(): SearchText {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 300);
  return { typed, setTyped, query };
}

type Props = Omit<SelectProps, 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'nothingFoundMessage'> & {
  text: SearchText;
  /** The server is still answering for the current text. */
  pending: boolean;
  /** What to say before anything is typed and no options are offered yet. */
  typeHint: string;
};

/**
 * A select whose options the server finds for the typed text: the browser does not filter them
 * again (the server matched in either script, which a browser substring filter would undo), and
 * the empty message says whether to type, to wait, or that nothing matched.
 */
export function RemoteSelect({ text, pending, typeHint, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      searchable
      searchValue={text.typed}
      onSearchChange={text.setTyped}
      clearable
      filter={({ options }) => options}
      nothingFoundMessage={pending ? t('common.loading') : text.query ? t('common.nothingFound') : typeHint}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
