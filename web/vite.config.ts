import { defineConfig } from "vite";

// The page is built into dist/web and served by `vigil serve`; nothing it loads comes from another host.
export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "../dist/web", emptyOutDir: true, chunkSizeWarningLimit: 2500 },
});
