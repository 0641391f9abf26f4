import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('driver.js'));

/** driver.js's browser build (the script a site adds with a <script> tag) and its stylesheet. */
export const DRIVER_SCRIPT = join(dist, 'driver.js.iife.js');
export const DRIVER_STYLES = join(dist, 'driver.css');
