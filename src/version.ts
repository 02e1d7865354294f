/** The action's version, recorded in image labels (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
