package translate

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// Google speaks Cloud Translation - Basic (v2), as documented at
// cloud.google.com/translate/docs/basic/translating-text and /quotas:
//
//	POST https://translation.googleapis.com/language/translate/v2?key=KEY
//	{"q":["…"],"target":"zh-CN","source":"en","format":"text"}
//	→ {"data":{"translations":[{"translatedText":"…","detectedSourceLanguage":"en"}]}}
//
// detectedSourceLanguage is there only when no source was given. format
// "text" matters: the default, html, would return &#39; for an
// apostrophe. Errors are {"error":{"code":400,"message":"…","errors":[{"reason":"…"}]}};
// an exceeded quota is a 403 whose reason says whether it is the daily
// limit or the per-minute rate, which passes.
type Google struct {
	url    string // with the key in its query string: never put it in an error
	client *http.Client
}

const googleURL = "https://translation.googleapis.com"

// NewGoogle returns a Google provider for an API key.
func NewGoogle(key string, opts Options) *Google {
	return &Google{
		url:    opts.baseURL(googleURL) + "/language/translate/v2?key=" + url.QueryEscape(key),
		client: opts.client(),
	}
}

// Name implements Provider.
func (g *Google) Name() string { return NameGoogle }

// Limits implements limited: at most 128 text segments per request, and
// Google recommends at most 5,000 code points per request (/quotas:
// "The recommended maximum length for each request is 5K characters").
func (g *Google) Limits() Limits { return Limits{MaxTexts: 128, MaxRunes: 5000} }

type googleRequest struct {
	Q      []string `json:"q"`
	Target string   `json:"target"`
	Source string   `json:"source,omitempty"`
	Format string   `json:"format"`
}

type googleResponse struct {
	Data struct {
		Translations []struct {
			TranslatedText         string `json:"translatedText"`
			DetectedSourceLanguage string `json:"detectedSourceLanguage"`
		} `json:"translations"`
	} `json:"data"`
}

// Translate implements Provider.
func (g *Google) Translate(ctx context.Context, texts []string, source, target string) ([]Translation, error) {
	tgt, err := googleCodes.targetCode(target)
	if err != nil {
		return nil, err
	}
	src, err := googleCodes.sourceCode(source)
	if err != nil {
		return nil, err
	}
	body, err := marshal(googleRequest{Q: texts, Target: tgt, Source: src, Format: "text"})
	if err != nil {
		return nil, err
	}
	req, err := newJSONRequest(g.url, body)
	if err != nil {
		return nil, &ProviderError{Provider: NameGoogle, Message: err.Error()}
	}
	ans, err := send(ctx, g.client, NameGoogle, req)
	if err != nil {
		return nil, err
	}
	if ans.status != http.StatusOK {
		return nil, googleError(ans)
	}
	var resp googleResponse
	if err := json.Unmarshal(ans.body, &resp); err != nil || len(resp.Data.Translations) != len(texts) {
		return nil, &ProviderError{Provider: NameGoogle, Status: ans.status, Message: "the answer is not the translations asked for"}
	}
	out := make([]Translation, len(texts))
	for i, t := range resp.Data.Translations {
		out[i] = Translation{Text: t.TranslatedText, DetectedSource: detected(t.DetectedSourceLanguage)}
		if out[i].DetectedSource == "" {
			out[i].DetectedSource = source
		}
	}
	return out, nil
}

// googleError explains an error answer from the error object Google's
// APIs share.
func googleError(ans *answer) error {
	var body struct {
		Error struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
			Status  string `json:"status"`
			Errors  []struct {
				Message string `json:"message"`
				Reason  string `json:"reason"`
			} `json:"errors"`
		} `json:"error"`
	}
	_ = json.Unmarshal(ans.body, &body)
	e := &ProviderError{Provider: NameGoogle, Status: ans.status, Message: clip(body.Error.Message, 300)}
	if len(body.Error.Errors) > 0 {
		e.Code = body.Error.Errors[0].Reason
	}
	if e.Message == "" {
		e.Message = statusText(ans.status)
	}
	switch {
	case ans.status == http.StatusTooManyRequests, ans.status >= 500,
		strings.Contains(strings.ToLower(e.Code), "ratelimitexceeded"): // userRateLimitExceeded, rateLimitExceeded
		e.Retryable, e.RetryAfter = true, retryAfter(ans.header)
	case ans.status == http.StatusBadRequest && strings.Contains(e.Message, "API key"):
		e.Message += "; check KEFU_GOOGLE_TRANSLATE_KEY"
	}
	return e
}
