package translate

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

// DeepL speaks the DeepL API v2 text translation endpoint, as documented at
// developers.deepl.com (api-reference/translate, best-practices/error-handling,
// resources/usage-limits):
//
//	POST {base}/v2/translate
//	Authorization: DeepL-Auth-Key <key>
//	{"text":["…"],"target_lang":"ZH-HANS","source_lang":"EN"}
//	→ {"translations":[{"detected_source_language":"EN","text":"…"}]}
//
// Free plan keys end in ":fx" and use api-free.deepl.com. Errors are HTTP
// statuses with {"message":"…"}: 403 a refused key, 456 the quota used up,
// 429 too many requests (retry later), 5xx a passing outage.
type DeepL struct {
	key    string
	url    string
	client *http.Client
}

// DeepL's API hosts: Free plan keys, which end in ":fx", and Pro keys.
const (
	deeplFreeURL = "https://api-free.deepl.com"
	deeplProURL  = "https://api.deepl.com"
)

// NewDeepL returns a DeepL provider for key.
func NewDeepL(key string, opts Options) *DeepL {
	base := deeplProURL
	if strings.HasSuffix(key, ":fx") {
		base = deeplFreeURL
	}
	return &DeepL{key: key, url: opts.baseURL(base) + "/v2/translate", client: opts.client()}
}

// Name implements Provider.
func (d *DeepL) Name() string { return NameDeepL }

// Limits implements limited: at most 50 texts and a 128 KiB body per
// request ("translating large volumes"; "usage limits": total request
// size 128 KiB). The texts get 120 KiB of it, the rest is for the other
// fields and the JSON around each text.
func (d *DeepL) Limits() Limits { return Limits{MaxTexts: 50, MaxJSONBytes: 120 << 10} }

type deeplRequest struct {
	Text       []string `json:"text"`
	TargetLang string   `json:"target_lang"`
	SourceLang string   `json:"source_lang,omitempty"`
}

type deeplResponse struct {
	Translations []struct {
		DetectedSourceLanguage string `json:"detected_source_language"`
		Text                   string `json:"text"`
	} `json:"translations"`
}

// Translate implements Provider.
func (d *DeepL) Translate(ctx context.Context, texts []string, source, target string) ([]Translation, error) {
	tgt, err := deeplCodes.targetCode(target)
	if err != nil {
		return nil, err
	}
	src, err := deeplCodes.sourceCode(source)
	if err != nil {
		return nil, err
	}
	body, err := marshal(deeplRequest{Text: texts, TargetLang: tgt, SourceLang: src})
	if err != nil {
		return nil, err
	}
	req, err := newJSONRequest(d.url, body)
	if err != nil {
		return nil, &ProviderError{Provider: NameDeepL, Message: err.Error()}
	}
	req.Header.Set("Authorization", "DeepL-Auth-Key "+d.key)
	ans, err := send(ctx, d.client, NameDeepL, req)
	if err != nil {
		return nil, err
	}
	if ans.status != http.StatusOK {
		return nil, deeplError(ans)
	}
	var resp deeplResponse
	if err := json.Unmarshal(ans.body, &resp); err != nil || len(resp.Translations) != len(texts) {
		return nil, &ProviderError{Provider: NameDeepL, Status: ans.status, Message: "the answer is not the translations asked for"}
	}
	out := make([]Translation, len(texts))
	for i, t := range resp.Translations {
		out[i] = Translation{Text: t.Text, DetectedSource: detected(t.DetectedSourceLanguage)}
		if out[i].DetectedSource == "" {
			out[i].DetectedSource = source
		}
	}
	return out, nil
}

// deeplError explains an error answer. DeepL's body is {"message":"…"},
// sometimes with a "detail"; some answers (403 from the wrong host) have
// none, so the status alone must say enough.
func deeplError(ans *answer) error {
	var body struct {
		Message string `json:"message"`
		Detail  string `json:"detail"`
	}
	_ = json.Unmarshal(ans.body, &body)
	msg := clip(strings.TrimSpace(body.Message+" "+body.Detail), 300)
	e := &ProviderError{Provider: NameDeepL, Status: ans.status}
	switch {
	case ans.status == http.StatusForbidden:
		e.Message = "the API key was refused; check KEFU_DEEPL_KEY (keys ending in :fx belong to the Free plan)"
	case ans.status == 456:
		e.Message = "the character quota is used up for this billing period (Free plan limit or Pro cost control)"
	case ans.status == http.StatusTooManyRequests:
		e.Message, e.Retryable, e.RetryAfter = "too many requests; try again shortly", true, retryAfter(ans.header)
	case ans.status == http.StatusRequestEntityTooLarge:
		e.Message = "the text is too large for one request"
	case ans.status >= 500:
		e.Message, e.Retryable = "the service is unavailable: "+statusText(ans.status), true
	default:
		e.Message = statusText(ans.status)
	}
	if msg != "" {
		e.Message += ": " + msg
	}
	return e
}

// marshal encodes v as JSON without HTML escaping: the providers receive
// the buyer's text as it is, and its size is what the limits count.
func marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
