import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../lib/i18n';
import { placeQuery } from '../places/api';
import { placePath } from '../places/names';

/** A place's name with its commune, district and province, in the reading language (the code until loaded). */
export function PlaceName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const place = useQuery(placeQuery(code));
  if (!place.data) return <>{code}</>;
  return <>{placePath(place.data, place.data.path, isLanguage(i18n.language) ? i18n.language : 'en')}</>;
}
