import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../shell/BrandMark';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The frame of the screens before the app: sign-in and the set-up steps. */
export function AuthLayout({ title, description, children, aside, width = 420 }: { title: string; description?: ReactNode; children: ReactNode; aside?: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" px={{ base: 'sm', sm: 'lg' }} py="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <BrandMark size={28} />
          <Text fw={700}>{t('app.name')}</Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {aside}
          <LanguageSwitch />
        </Group>
      </Group>
      <Center px={{ base: 'xs', sm: 'md' }} pb="xl" pt={{ base: 'xs', sm: 'xl' }}>
        <Paper component="main" withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} w="100%" maw={width}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {title}
              </Title>
              {description && (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
