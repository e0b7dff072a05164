import { defineConfig } from "vite";

// The bundle is written into the Python package, which serves it (annalyst serve).
export default defineConfig({
  build: {
    outDir: "../src/annalyst/web",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
