import { ZRoleMatrix } from '@homeward/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const roleMatrixQuery = queryOptions({ queryKey: ['roles'], queryFn: () => api.get('/roles', ZRoleMatrix), staleTime: 10 * 60_000 });
