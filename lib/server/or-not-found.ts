import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/domain/errors';

/** For pages: a missing (or other workspace's) row renders the 404 page; anything else still throws. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
