package translate

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// Tencent speaks Tencent Cloud Machine Translation (TMT), API 3.0 version
// 2018-03-21, as the TextTranslate and TextTranslateBatch documents and
// the SDKs' models describe (tencentcloud.com/document/product/1161/50435;
// TencentCloud/tencentcloud-sdk-go tencentcloud/tmt/v20180321/models.go):
//
//	POST https://tmt.tencentcloudapi.com/
//	X-TC-Action: TextTranslate | TextTranslateBatch, X-TC-Version: 2018-03-21,
//	X-TC-Timestamp, X-TC-Region, Authorization: TC3-HMAC-SHA256 … (tc3.go)
//	{"SourceText":"…","Source":"auto","Target":"zh","ProjectId":0}
//	{"SourceTextList":["…"],"Source":"auto","Target":"zh","ProjectId":0}
//	→ {"Response":{"TargetText":"…","Source":"en","Target":"zh","RequestId":"…"}}
//	→ {"Response":{"TargetTextList":["…"],"Source":"en","Target":"zh","RequestId":"…"}}
//	→ {"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"…"},"RequestId":"…"}}
//
// Errors come with HTTP 200; the code in Response.Error says what failed.
type Tencent struct {
	signer tc3
	region string
	url    string
	client *http.Client
	now    func() int64
}

// Tencent's API host, its version of TMT and the region used when none is
// configured.
const (
	tencentHost          = "tmt.tencentcloudapi.com"
	tencentVersion       = "2018-03-21"
	DefaultTencentRegion = "ap-guangzhou"
)

// NewTencent returns a Tencent provider for an API key pair.
func NewTencent(secretID, secretKey, region string, opts Options) *Tencent {
	if region == "" {
		region = DefaultTencentRegion
	}
	return &Tencent{
		signer: tc3{secretID: secretID, secretKey: secretKey, service: "tmt"},
		region: region,
		url:    opts.baseURL("https://"+tencentHost) + "/",
		client: opts.client(),
		now:    func() int64 { return opts.now().Unix() },
	}
}

// Name implements Provider.
func (t *Tencent) Name() string { return NameTencent }

// Limits implements limited. TextTranslate and TextTranslateBatch take
// "less than 6000 characters" per request, all texts together (SDK docs:
// 单次请求的文本长度需要低于6000字符). Tencent does not say how it counts an
// emoji; 5000 code points leaves room for characters counted twice.
func (t *Tencent) Limits() Limits { return Limits{MaxTexts: 50, MaxRunes: 5000} }

type tencentRequest struct {
	SourceText     string   `json:"SourceText,omitempty"`
	SourceTextList []string `json:"SourceTextList,omitempty"`
	Source         string   `json:"Source"`
	Target         string   `json:"Target"`
	ProjectId      int      `json:"ProjectId"`
}

type tencentResponse struct {
	Response struct {
		TargetText     *string  `json:"TargetText"`
		TargetTextList []string `json:"TargetTextList"`
		Source         string   `json:"Source"`
		Target         string   `json:"Target"`
		RequestID      string   `json:"RequestId"`
		Error          *struct {
			Code    string `json:"Code"`
			Message string `json:"Message"`
		} `json:"Error"`
	} `json:"Response"`
}

// Translate implements Provider: TextTranslate for one text,
// TextTranslateBatch for several.
func (t *Tencent) Translate(ctx context.Context, texts []string, source, target string) ([]Translation, error) {
	tgt, err := tencentCodes.targetCode(target)
	if err != nil {
		return nil, err
	}
	src, err := tencentCodes.sourceCode(source)
	if err != nil {
		return nil, err
	}
	if src == "" {
		src = "auto"
	}
	action, body := "TextTranslate", tencentRequest{Source: src, Target: tgt}
	if len(texts) == 1 {
		body.SourceText = texts[0]
	} else {
		action, body.SourceTextList = "TextTranslateBatch", texts
	}
	payload, err := marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := newJSONRequest(t.url, payload)
	if err != nil {
		return nil, &ProviderError{Provider: NameTencent, Message: err.Error()}
	}
	// The signature covers exactly these header values. The host is
	// Tencent's even through KEFU_TRANSLATE_URL: it is what Tencent checks.
	const contentType = "application/json; charset=utf-8"
	ts := t.now()
	req.Host = tencentHost
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-TC-Action", action)
	req.Header.Set("X-TC-Version", tencentVersion)
	req.Header.Set("X-TC-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-TC-Region", t.region)
	req.Header.Set("Authorization", t.signer.authorization(ts, map[string]string{
		"content-type": contentType,
		"host":         tencentHost,
		"x-tc-action":  action,
	}, payload))
	ans, err := send(ctx, t.client, NameTencent, req)
	if err != nil {
		return nil, err
	}
	var resp tencentResponse
	if err := json.Unmarshal(ans.body, &resp); err != nil {
		e := &ProviderError{Provider: NameTencent, Status: ans.status, Message: "the answer is not the translation asked for"}
		if ans.status != http.StatusOK {
			e.Message, e.Retryable = statusText(ans.status), ans.status >= 500 || ans.status == http.StatusTooManyRequests
		}
		return nil, e
	}
	r := resp.Response
	if r.Error != nil {
		return nil, tencentError(r.Error.Code, r.Error.Message)
	}
	got := r.TargetTextList
	if len(texts) == 1 && r.TargetText != nil {
		got = []string{*r.TargetText}
	}
	if len(got) != len(texts) {
		return nil, &ProviderError{Provider: NameTencent, Status: ans.status, Message: "the answer is not the translation asked for"}
	}
	lang := detected(r.Source)
	if lang == "" {
		lang = source
	}
	out := make([]Translation, len(texts))
	for i, s := range got {
		out[i] = Translation{Text: s, DetectedSource: lang}
	}
	return out, nil
}

// tencentError explains an error of the common API 3.0 error codes
// (AuthFailure.*, RequestLimitExceeded, InternalError …) and TMT's own
// (FailedOperation.NoFreeAmount, UnsupportedOperation.* …).
func tencentError(code, message string) error {
	e := &ProviderError{Provider: NameTencent, Code: code, Message: clip(message, 300)}
	if e.Message == "" {
		e.Message = "the request failed"
	}
	switch {
	case strings.HasPrefix(code, "AuthFailure"):
		e.Message = "the SecretId/SecretKey were refused; check KEFU_TENCENT_SECRET_ID and KEFU_TENCENT_SECRET_KEY and the server clock: " + e.Message
	case code == "RequestLimitExceeded", strings.HasPrefix(code, "LimitExceeded"), strings.HasPrefix(code, "InternalError"):
		e.Retryable = true
	}
	return e
}
