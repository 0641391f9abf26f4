interface ImportMetaEnv {
  /** True in the test build only (`wxt build --mode test`, see wxt.config.ts). */
  readonly TEST_BUILD?: boolean;
}
