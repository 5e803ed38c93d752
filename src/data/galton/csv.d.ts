// The table arrives as text through a `?raw` import; declared here for the scripts (tsconfig.node.json), which lack the bundler types.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
