package app

import (
	"errors"
	"log/slog"
	"net/url"
	"regexp"

	"kefu/storage"
	"kefu/translate"
)

// tencentRegion matches a Tencent Cloud region such as ap-guangzhou or
// na-siliconvalley.
var tencentRegion = regexp.MustCompile(`^[a-z]{2,4}-[a-z]{3,20}(-[a-z0-9]{1,20})?$`)

// CheckTranslateProvider accepts the provider names of
// KEFU_TRANSLATE_PROVIDER and the empty string (translation off).
func CheckTranslateProvider(name string) error {
	switch name {
	case "", translate.NameDeepL, translate.NameGoogle, translate.NameTencent:
		return nil
	}
	return &ConfigError{Setting: "--translate-provider (KEFU_TRANSLATE_PROVIDER)", Value: name, Want: "deepl, google or tencent, or empty for no translation"}
}

// CheckTranslate reports a translation setting kefu cannot use, naming
// the variable: most often a provider named without its key. Keys are
// read from the environment only, never flags, so they stay out of
// process listings; no message ever quotes one.
func CheckTranslate(c translate.Config) error {
	if err := CheckTranslateProvider(c.Provider); err != nil {
		return err
	}
	missing := func(variable, what string) error {
		return &ConfigError{Setting: variable, Want: what + " because KEFU_TRANSLATE_PROVIDER is " + c.Provider}
	}
	switch c.Provider {
	case "":
		return nil
	case translate.NameDeepL:
		if c.DeepLKey == "" {
			return missing("KEFU_DEEPL_KEY", "the DeepL API key (keys of the Free plan end in :fx)")
		}
	case translate.NameGoogle:
		if c.GoogleKey == "" {
			return missing("KEFU_GOOGLE_TRANSLATE_KEY", "a Google Cloud API key with the Cloud Translation API enabled")
		}
	case translate.NameTencent:
		if c.TencentSecretID == "" {
			return missing("KEFU_TENCENT_SECRET_ID", "the SecretId of a Tencent Cloud API key")
		}
		if c.TencentSecretKey == "" {
			return missing("KEFU_TENCENT_SECRET_KEY", "the SecretKey of a Tencent Cloud API key")
		}
		if c.TencentRegion != "" && !tencentRegion.MatchString(c.TencentRegion) {
			return &ConfigError{Setting: "--tencent-region (KEFU_TENCENT_REGION)", Value: c.TencentRegion, Want: "a Tencent Cloud region such as ap-guangzhou or ap-singapore"}
		}
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
			// Not quoted: a mistyped value may hold a key.
			return &ConfigError{Setting: "--translate-url (KEFU_TRANSLATE_URL)", Want: "an http(s) base URL such as https://translate-proxy.example.com, without credentials or query"}
		}
	}
	return nil
}

// newTranslation builds the translation service of cfg over db's cache. Without a
// provider the service is off and says so to every caller.
func newTranslation(cfg translate.Config, db *storage.DB, logger *slog.Logger) (*translate.Service, error) {
	if err := CheckTranslate(cfg); err != nil {
		return nil, err
	}
	p, err := translate.NewProvider(cfg, translate.Options{})
	if errors.Is(err, translate.ErrOff) {
		logger.Info("machine translation is off; set KEFU_TRANSLATE_PROVIDER to deepl, google or tencent to turn it on")
		return translate.NewService(nil, nil, logger), nil
	}
	if err != nil {
		return nil, err
	}
	logger.Info("machine translation on", "provider", p.Name())
	return translate.NewService(p, db, logger), nil
}
