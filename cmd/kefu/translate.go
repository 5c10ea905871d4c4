package main

import (
	"kefu/app"
	"kefu/translate"
)

// translateSettings adds machine translation's flags to serve. The keys
// are environment variables only (translateKeys), like KEFU_SECRET_KEY:
// a flag would show them in every process listing.
func translateSettings(cmd *command, t *translate.Config) {
	cmd.add(&setting{name: "translate-provider", env: "KEFU_TRANSLATE_PROVIDER", want: "deepl, google or tencent, or empty for no translation", apply: func(v string) error {
		t.Provider = v
		return app.CheckTranslateProvider(v)
	}}, "", "machine translation: deepl (KEFU_DEEPL_KEY), google (KEFU_GOOGLE_TRANSLATE_KEY) or tencent (KEFU_TENCENT_SECRET_ID, KEFU_TENCENT_SECRET_KEY); empty turns it off")
	cmd.str(&t.TencentRegion, "tencent-region", "KEFU_TENCENT_REGION", translate.DefaultTencentRegion, "Tencent Cloud region for machine translation")
	cmd.str(&t.BaseURL, "translate-url", "KEFU_TRANSLATE_URL", "", "base URL of the translation API, for a proxy; empty means the provider's own")
}

// translateKeys reads the providers' keys from the environment and checks
// that the provider named has its own.
func translateKeys(c *cli, t *translate.Config) error {
	t.DeepLKey = c.getenv("KEFU_DEEPL_KEY")
	t.GoogleKey = c.getenv("KEFU_GOOGLE_TRANSLATE_KEY")
	t.TencentSecretID = c.getenv("KEFU_TENCENT_SECRET_ID")
	t.TencentSecretKey = c.getenv("KEFU_TENCENT_SECRET_KEY")
	return app.CheckTranslate(*t)
}
