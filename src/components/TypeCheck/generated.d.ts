/** Data of the type-declarations plugin (src/plugins/type-declarations). */
declare module '@generated/type-declarations/default/typeCheck.json' {
  import type { TypeCheckDataWithUrl } from '@site/src/plugins/type-declarations';

  const data: TypeCheckDataWithUrl;
  export default data;
}
