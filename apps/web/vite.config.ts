// Vite build of the enterprise web app. The server serves `apps/web/dist` on the API's port,
// so the app lives at base `/` and calls `/api/v1` on the same origin; `vite dev` proxies
// `/api` to a locally running server (SHUAN_API_URL, default http://127.0.0.1:8080).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['SHUAN_API_URL'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change less often than our pages: keep react, echarts (overview only) and the
    // rest of node_modules (mostly antd) in their own long-cached chunks.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 30,
            },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/,
              priority: 20,
            },
            { name: 'antd', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
