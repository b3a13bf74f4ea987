// sql.js's build with the WebAssembly inlined (no .wasm file to locate at run time); same API as the main entry.
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
