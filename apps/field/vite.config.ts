import { VitePWA } from "vite-plugin-pwa"
import { defineConfig } from "vite"

// Served by @hotro/server at /field/. The service worker precaches the app shell so the app
// opens offline after the first visit; API calls are never cached: writes go through the outbox.
export default defineConfig({
  base: "/field/",
  build: { target: "es2023", sourcemap: true },
  plugins: [
    VitePWA({
      strategies: "generateSW",
      registerType: "autoUpdate",
      injectRegister: false,
      scope: "/field/",
      manifest: {
        name: "Hỗ trợ nạn nhân — hotro field",
        short_name: "hotro",
        description: "Đăng ký hồ sơ, xem chế độ hỗ trợ, ghi nhận hỗ trợ; đồng bộ khi có mạng.",
        lang: "vi",
        start_url: "/field/",
        scope: "/field/",
        display: "standalone",
        theme_color: "#1b4f72",
        background_color: "#ffffff",
        icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        // Navigations inside /field/ fall back to the precached index.html (the plugin's default);
        // the API lives outside the scope, so the service worker never sees it.
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
      },
    }),
  ],
})
