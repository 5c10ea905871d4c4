package kefu

import "time"

// CachedTranslation is a machine translation kept so that a text read by
// many agents, or opened many times, is sent to the paid provider once.
// It is found by provider, target language and the SHA-256 of the source
// text; the source text itself is not kept with it.
type CachedTranslation struct {
	Provider     string // deepl, google, tencent
	Target       string // kefu language code, e.g. zh, en, zh-Hant
	SourceSHA256 string // lower-case hex SHA-256 of the source text
	Text         string
	// DetectedSource is the source language the provider reported.
	DetectedSource string
	CreatedAt      time.Time
}
