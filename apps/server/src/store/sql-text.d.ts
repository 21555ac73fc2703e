/** SQL files are bundled as text (tsup `loader`, and a vitest plugin in tests). */
declare module "*.sql" {
  const text: string
  export default text
}
