package translate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// DefaultTimeout bounds one request to a provider: an agent is waiting.
const DefaultTimeout = 10 * time.Second

// maxResponseBytes caps what kefu reads from a provider. The largest
// request (DeepL's 128 KiB) translated into a script that takes more
// bytes per character stays far below it.
const maxResponseBytes = 4 << 20

// Options tune a provider's HTTP side; the zero value is production.
type Options struct {
	// BaseURL replaces the provider's API address: a self-hosted proxy, or
	// an httptest server in tests. Empty means the provider's own.
	BaseURL string
	// Client sends the requests; nil means a client with DefaultTimeout.
	Client *http.Client
	// Now is the clock for request signatures (Tencent); nil is time.Now.
	Now func() time.Time
}

func (o Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return &http.Client{Timeout: DefaultTimeout}
}

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// baseURL returns o.BaseURL without a trailing slash, or def.
func (o Options) baseURL(def string) string {
	if o.BaseURL != "" {
		return strings.TrimRight(o.BaseURL, "/")
	}
	return def
}

// answer is a provider's HTTP response, read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// send sends req and reads the answer. A transport failure is a retryable
// *ProviderError whose message never contains the URL (Google's key is in
// its query string); a cancelled or expired ctx is returned as it is,
// because then nobody is waiting for a translation.
func send(ctx context.Context, client *http.Client, provider string, req *http.Request) (*answer, error) {
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &ProviderError{Provider: provider, Message: transportMessage(err, client.Timeout), Retryable: true}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes+1))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &ProviderError{Provider: provider, Status: resp.StatusCode, Message: "reading the answer failed: " + transportMessage(err, client.Timeout), Retryable: true}
	}
	if len(body) > maxResponseBytes {
		return nil, &ProviderError{Provider: provider, Status: resp.StatusCode, Message: fmt.Sprintf("the answer is larger than %d MiB", maxResponseBytes>>20)}
	}
	return &answer{status: resp.StatusCode, header: resp.Header, body: body}, nil
}

// transportMessage describes a failed exchange without the request URL.
func transportMessage(err error, timeout time.Duration) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			if timeout > 0 {
				return fmt.Sprintf("no answer within %s", timeout)
			}
			return "no answer in time"
		}
		err = ue.Err
	}
	return "request failed: " + clip(err.Error(), 200)
}

// newJSONRequest builds a POST of body with the JSON content type.
func newJSONRequest(rawURL string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, rawURL, bytes.NewReader(body))
	if err != nil {
		// Only a malformed KEFU_TRANSLATE_URL gets here; say so without
		// echoing a URL that may hold a key.
		return nil, errors.New("the translation API address is not a valid URL")
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "kefu")
	return req, nil
}

// retryAfter reads a Retry-After header given in seconds.
func retryAfter(h http.Header) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(h.Get("Retry-After")))
	if err != nil || n < 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}

// clip shortens a provider's message for display, on a rune boundary, and
// makes sure it is valid UTF-8 on one line.
func clip(s string, n int) string {
	return kefu.Shorten(strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "\uFFFD"), n)
}

// statusText is a message for a provider error answer without a readable
// body of its own.
func statusText(status int) string {
	if t := http.StatusText(status); t != "" {
		return strings.ToLower(t)
	}
	return fmt.Sprintf("unexpected HTTP status %d", status)
}
