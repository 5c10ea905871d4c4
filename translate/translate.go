// Package translate lets agents read buyers in Chinese and answer in the
// buyer's language. A Provider speaks one machine translation API (DeepL,
// Google Cloud Translation Basic v2, Tencent Cloud TMT); a Service puts a
// cache in front of it, splits long texts to fit the provider's limits and
// is off, saying so, when no provider is configured.
//
// Languages are kefu's codes throughout: BCP 47 base languages (en, th,
// vi …) and zh / zh-Hant for simplified and traditional Chinese (see
// Normalize). Each provider maps them to its own codes.
package translate

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Provider translates texts with one machine translation service.
type Provider interface {
	// Name is the provider's stable name: deepl, google or tencent.
	Name() string
	// Translate translates texts, in order, from source (empty: detect)
	// into target. Languages are kefu codes. An unsupported language is a
	// *kefu.Error (invalid, field source or target); a failure of the
	// service is a *ProviderError.
	Translate(ctx context.Context, texts []string, source, target string) ([]Translation, error)
}

// Translation is one translated text.
type Translation struct {
	Text string
	// DetectedSource is the source language as a kefu code: the one the
	// provider detected, or the one it was given. It may be empty when the
	// provider does not say.
	DetectedSource string
}

// Limits bound one request to a provider. The Service splits a long text
// by paragraphs, then lines, sentences and words, so that every request
// stays within them. Zero means no limit of that kind.
type Limits struct {
	MaxTexts int // texts in one request
	MaxRunes int // Unicode code points in one request, all texts together
	// MaxJSONBytes bounds the texts' JSON encoding in one request body
	// (DeepL limits the whole body, not the characters).
	MaxJSONBytes int
}

// limited is implemented by providers with request limits.
type limited interface{ Limits() Limits }

// ErrOff is returned by a Service without a provider. Its message is shown
// to agents and admins as it is, so it says how to turn translation on.
var ErrOff = errors.New("translation is not configured: set KEFU_TRANSLATE_PROVIDER to deepl, google or tencent and give its key (未配置机器翻译：请设置 KEFU_TRANSLATE_PROVIDER 及对应的密钥)")

// ProviderError is a failure of the translation service itself: refused
// credentials, an exhausted quota, throttling, an outage or an answer kefu
// cannot read. Message is safe to show: it never carries a key.
type ProviderError struct {
	Provider string
	// Status is the HTTP status of the answer; 0 when there was none.
	Status int
	// Code is the provider's error code when it gives one, e.g.
	// AuthFailure.SignatureFailure or userRateLimitExceeded.
	Code    string
	Message string
	// Retryable is true for throttling and passing outages, where the
	// same request may succeed after a pause.
	Retryable bool
	// RetryAfter is how long the provider asked to wait, when it did.
	RetryAfter time.Duration
}

func (e *ProviderError) Error() string {
	msg := e.Provider + ": " + e.Message
	switch {
	case e.Code != "" && e.Status != 0:
		msg += fmt.Sprintf(" (%s, HTTP %d)", e.Code, e.Status)
	case e.Code != "":
		msg += " (" + e.Code + ")"
	case e.Status != 0:
		msg += fmt.Sprintf(" (HTTP %d)", e.Status)
	}
	return msg
}

// Provider names, as KEFU_TRANSLATE_PROVIDER takes them.
const (
	NameDeepL   = "deepl"
	NameGoogle  = "google"
	NameTencent = "tencent"
)

// Names lists the providers kefu speaks.
var Names = []string{NameDeepL, NameGoogle, NameTencent}

// Config names a provider and its credentials. The zero value is off.
type Config struct {
	Provider string // deepl, google or tencent; empty turns translation off

	DeepLKey  string // DeepL API key; keys ending in ":fx" are Free plan keys
	GoogleKey string // Google Cloud API key with the Cloud Translation API enabled

	TencentSecretID  string
	TencentSecretKey string
	TencentRegion    string // default ap-guangzhou

	// BaseURL replaces the provider's API address, for a self-hosted
	// proxy or a test server. Empty means the provider's own.
	BaseURL string
}

// ErrMissingKey is wrapped by NewProvider's error when the named
// provider's credentials are empty.
var ErrMissingKey = errors.New("missing credentials")

// NewProvider returns the provider cfg names; ErrOff when it names none.
func NewProvider(cfg Config, opts Options) (Provider, error) {
	opts.BaseURL = cfg.BaseURL
	switch cfg.Provider {
	case "":
		return nil, ErrOff
	case NameDeepL:
		if cfg.DeepLKey == "" {
			return nil, fmt.Errorf("deepl: %w: the DeepL API key is empty", ErrMissingKey)
		}
		return NewDeepL(cfg.DeepLKey, opts), nil
	case NameGoogle:
		if cfg.GoogleKey == "" {
			return nil, fmt.Errorf("google: %w: the API key is empty", ErrMissingKey)
		}
		return NewGoogle(cfg.GoogleKey, opts), nil
	case NameTencent:
		if cfg.TencentSecretID == "" || cfg.TencentSecretKey == "" {
			return nil, fmt.Errorf("tencent: %w: SecretId and SecretKey are both needed", ErrMissingKey)
		}
		return NewTencent(cfg.TencentSecretID, cfg.TencentSecretKey, cfg.TencentRegion, opts), nil
	}
	return nil, fmt.Errorf("unknown translation provider %q: want deepl, google or tencent", cfg.Provider)
}
