import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'belong:public';

/** Opens a route to callers who are not signed in. Every other route needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
