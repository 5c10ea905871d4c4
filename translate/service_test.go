package translate

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kefu"
)

// fakeProvider "translates" by upper-casing and counts its calls.
type fakeProvider struct {
	limits  Limits
	calls   atomic.Int32
	texts   atomic.Int32
	fail    []error       // returned by the first calls, in order
	block   chan struct{} // when set, calls wait for it
	mu      sync.Mutex
	started chan struct{}
}

func (f *fakeProvider) Name() string   { return "fake" }
func (f *fakeProvider) Limits() Limits { return f.limits }

func (f *fakeProvider) Translate(ctx context.Context, texts []string, source, target string) ([]Translation, error) {
	n := f.calls.Add(1)
	f.texts.Add(int32(len(texts)))
	runes := 0
	for _, t := range texts {
		runes += len([]rune(t))
	}
	if f.limits.MaxTexts > 0 && len(texts) > f.limits.MaxTexts || f.limits.MaxRunes > 0 && runes > f.limits.MaxRunes {
		return nil, &ProviderError{Provider: "fake", Status: 413, Message: "request over the limits"}
	}
	if f.started != nil {
		select {
		case f.started <- struct{}{}:
		default:
		}
	}
	if f.block != nil {
		<-f.block
	}
	f.mu.Lock()
	if int(n) <= len(f.fail) && f.fail[n-1] != nil {
		err := f.fail[n-1]
		f.mu.Unlock()
		return nil, err
	}
	f.mu.Unlock()
	if target == "ms" {
		return nil, kefu.Invalid("target", "fake cannot translate to ms")
	}
	out := make([]Translation, len(texts))
	for i, t := range texts {
		out[i] = Translation{Text: strings.ToUpper(t), DetectedSource: "en"}
	}
	return out, nil
}

// memCache is an in-memory Cache.
type memCache struct {
	mu    sync.Mutex
	rows  map[string]kefu.CachedTranslation
	finds int
	err   error
}

func (c *memCache) FindTranslation(ctx context.Context, provider, target, sha string) (*kefu.CachedTranslation, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.finds++
	if c.err != nil {
		return nil, c.err
	}
	r, ok := c.rows[provider+"/"+target+"/"+sha]
	if !ok {
		return nil, kefu.NotFound("translation")
	}
	return &r, nil
}

func (c *memCache) SaveTranslation(ctx context.Context, t *kefu.CachedTranslation) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return c.err
	}
	if c.rows == nil {
		c.rows = map[string]kefu.CachedTranslation{}
	}
	c.rows[t.Provider+"/"+t.Target+"/"+t.SourceSHA256] = *t
	return nil
}

func TestServiceWithoutProviderIsOff(t *testing.T) {
	for name, s := range map[string]*Service{"nil": nil, "no provider": NewService(nil, nil, nil)} {
		if s.Enabled() || s.ProviderName() != "" {
			t.Errorf("%s: enabled", name)
		}
		if _, _, err := s.Translate(bg, "hi", "", "zh"); !errors.Is(err, ErrOff) {
			t.Errorf("%s: err = %v, want ErrOff", name, err)
		}
	}
	if !strings.Contains(ErrOff.Error(), "KEFU_TRANSLATE_PROVIDER") {
		t.Errorf("ErrOff does not say how to turn translation on: %s", ErrOff)
	}
}

func TestServiceTranslatesAndCachesInMemoryAndDatabase(t *testing.T) {
	p, c := &fakeProvider{limits: Limits{MaxTexts: 10, MaxRunes: 1000}}, &memCache{}
	s := NewService(p, c, nil)
	got, cached, err := s.Translate(bg, "where is my order", "", "zh-CN")
	if err != nil || cached || got != (Translation{Text: "WHERE IS MY ORDER", DetectedSource: "en"}) {
		t.Fatalf("first: %+v cached %v err %v", got, cached, err)
	}
	if len(c.rows) != 1 {
		t.Fatalf("database cache has %d rows", len(c.rows))
	}
	for k, r := range c.rows {
		if r.Provider != "fake" || r.Target != "zh" || len(r.SourceSHA256) != 64 || r.Text != "WHERE IS MY ORDER" {
			t.Errorf("row %s = %+v", k, r)
		}
	}
	// Again: from memory, no call, no database read.
	got, cached, err = s.Translate(bg, "where is my order", "", "zh")
	if err != nil || !cached || got.Text != "WHERE IS MY ORDER" || p.calls.Load() != 1 || c.finds != 1 {
		t.Fatalf("second: %+v cached %v err %v calls %d finds %d", got, cached, err, p.calls.Load(), c.finds)
	}
	// A new Service (a restart, another replica) finds it in the database.
	s2 := NewService(p, c, nil)
	got, cached, err = s2.Translate(bg, "where is my order", "", "zh")
	if err != nil || !cached || got.Text != "WHERE IS MY ORDER" || p.calls.Load() != 1 {
		t.Fatalf("after restart: %+v cached %v err %v calls %d", got, cached, err, p.calls.Load())
	}
	// Another target is another translation.
	if _, cached, _ := s.Translate(bg, "where is my order", "", "th"); cached || p.calls.Load() != 2 {
		t.Fatalf("other target: cached %v calls %d", cached, p.calls.Load())
	}
}

// The cache serves a text whatever source hint came with it, and reports
// the hint the caller gave.
func TestServiceReportsTheGivenSource(t *testing.T) {
	s := NewService(&fakeProvider{}, nil, nil)
	if got, _, _ := s.Translate(bg, "bonjour", "fr", "zh"); got.DetectedSource != "fr" {
		t.Errorf("source = %q, want fr", got.DetectedSource)
	}
	if got, cached, _ := s.Translate(bg, "bonjour", "", "zh"); !cached || got.DetectedSource != "en" {
		t.Errorf("detected = %q cached %v, want the provider's en", got.DetectedSource, cached)
	}
}

func TestServiceSameLanguageCostsNothing(t *testing.T) {
	p := &fakeProvider{}
	got, cached, err := NewService(p, nil, nil).Translate(bg, "你好", "zh-CN", "zh")
	if err != nil || cached || got.Text != "你好" || p.calls.Load() != 0 {
		t.Fatalf("%+v %v %v calls %d", got, cached, err, p.calls.Load())
	}
}

func TestServiceRejectsBadInput(t *testing.T) {
	s := NewService(&fakeProvider{}, nil, nil)
	for _, tc := range []struct{ text, source, target, field string }{
		{"", "", "zh", "text"},
		{"  \n", "", "zh", "text"},
		{"caf\xe9", "", "zh", "text"},
		{"a\x00b", "", "zh", "text"},
		{strings.Repeat("x", MaxTextLen+1), "", "zh", "text"},
		{"hi", "", "", "target"},
		{"hi", "", "chinese", "target"},
		{"hi", "english", "zh", "source"},
		{"hi", "", "ms", "target"}, // the provider's own refusal
	} {
		_, _, err := s.Translate(bg, tc.text, tc.source, tc.target)
		wantInvalid(t, err, tc.field, "")
	}
}

// A long message goes out in pieces within the provider's limits and
// comes back with its layout: blank lines, indentation, trailing newline.
func TestServiceSplitsLongTextsAndKeepsTheLayout(t *testing.T) {
	p := &fakeProvider{limits: Limits{MaxTexts: 2, MaxRunes: 60}}
	para := "the item arrived broken. i want a refund."
	text := "hello,\n\n" + para + "\n\n  " + para + "\n\n" + para + "\n\nthanks\n"
	got, _, err := NewService(p, nil, nil).Translate(bg, text, "", "zh")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.ToUpper(text); got.Text != want {
		t.Fatalf("got\n%q\nwant\n%q", got.Text, want)
	}
	if p.calls.Load() < 2 || p.texts.Load() < 3 {
		t.Fatalf("%d calls for %d texts, want the paragraphs in several requests", p.calls.Load(), p.texts.Load())
	}
}

func TestServiceSharesOneCallAmongConcurrentRequests(t *testing.T) {
	p := &fakeProvider{block: make(chan struct{}), started: make(chan struct{}, 1)}
	s := NewService(p, nil, nil)
	const n = 8
	var wg sync.WaitGroup
	results := make(chan string, n)
	for range n {
		wg.Go(func() {
			got, _, err := s.Translate(bg, "same text", "", "zh")
			if err != nil {
				t.Error(err)
			}
			results <- got.Text
		})
	}
	<-p.started
	time.Sleep(20 * time.Millisecond) // let the others join the flight
	close(p.block)
	wg.Wait()
	close(results)
	for r := range results {
		if r != "SAME TEXT" {
			t.Errorf("result %q", r)
		}
	}
	if c := p.calls.Load(); c != 1 {
		t.Fatalf("%d provider calls for one text", c)
	}
}

func TestServiceRetriesThrottlingOnce(t *testing.T) {
	throttled := &ProviderError{Provider: "fake", Status: 429, Message: "slow down", Retryable: true}
	p := &fakeProvider{fail: []error{throttled}}
	s := NewService(p, nil, nil)
	s.retryDelay = time.Millisecond
	if got, _, err := s.Translate(bg, "hi", "", "zh"); err != nil || got.Text != "HI" || p.calls.Load() != 2 {
		t.Fatalf("%+v %v after %d calls", got, err, p.calls.Load())
	}
	// Twice throttled: the error reaches the caller.
	p = &fakeProvider{fail: []error{throttled, throttled}}
	s = NewService(p, nil, nil)
	s.retryDelay = time.Millisecond
	_, _, err := s.Translate(bg, "hi", "", "zh")
	wantProviderError(t, err, "fake", 429, true)
	// Quota errors are not retried.
	p = &fakeProvider{fail: []error{&ProviderError{Provider: "fake", Status: 456, Message: "quota"}}}
	_, _, err = NewService(p, nil, nil).Translate(bg, "hi", "", "zh")
	if wantProviderError(t, err, "fake", 456, false); p.calls.Load() != 1 {
		t.Fatalf("%d calls", p.calls.Load())
	}
}

// A broken database cache costs money, not translations.
func TestServiceTranslatesWhenTheCacheFails(t *testing.T) {
	p, c := &fakeProvider{}, &memCache{err: errors.New("disk I/O error")}
	got, cached, err := NewService(p, c, nil).Translate(bg, "hi", "", "zh")
	if err != nil || cached || got.Text != "HI" {
		t.Fatalf("%+v %v %v", got, cached, err)
	}
}

func TestServiceDoesNotCacheFailures(t *testing.T) {
	p, c := &fakeProvider{fail: []error{&ProviderError{Provider: "fake", Status: 403, Message: "bad key"}}}, &memCache{}
	s := NewService(p, c, nil)
	if _, _, err := s.Translate(bg, "hi", "", "zh"); err == nil {
		t.Fatal("no error")
	}
	if got, cached, err := s.Translate(bg, "hi", "", "zh"); err != nil || cached || got.Text != "HI" {
		t.Fatalf("after a failure: %+v %v %v", got, cached, err)
	}
}

func TestServiceCallerCanGiveUp(t *testing.T) {
	p := &fakeProvider{block: make(chan struct{})}
	defer close(p.block)
	ctx, cancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancel()
	if _, _, err := NewService(p, nil, nil).Translate(ctx, "hi", "", "zh"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
}

func TestNewProviderFromConfig(t *testing.T) {
	if _, err := NewProvider(Config{}, Options{}); !errors.Is(err, ErrOff) {
		t.Errorf("empty config: %v", err)
	}
	for _, cfg := range []Config{{Provider: "deepl"}, {Provider: "google"}, {Provider: "tencent", TencentSecretID: "id"}} {
		if _, err := NewProvider(cfg, Options{}); !errors.Is(err, ErrMissingKey) {
			t.Errorf("%s without key: %v", cfg.Provider, err)
		}
	}
	if _, err := NewProvider(Config{Provider: "bing"}, Options{}); err == nil {
		t.Error("unknown provider accepted")
	}
	for _, cfg := range []Config{{Provider: "deepl", DeepLKey: "k"}, {Provider: "google", GoogleKey: "k"},
		{Provider: "tencent", TencentSecretID: "id", TencentSecretKey: "key"}} {
		p, err := NewProvider(cfg, Options{})
		if err != nil || p.Name() != cfg.Provider {
			t.Errorf("%s: %v", cfg.Provider, err)
		}
	}
	p, _ := NewProvider(Config{Provider: "tencent", TencentSecretID: "id", TencentSecretKey: "key"}, Options{})
	if p.(*Tencent).region != DefaultTencentRegion {
		t.Errorf("default region %q", p.(*Tencent).region)
	}
}

func TestLRUEvictsTheLeastRecentlyUsed(t *testing.T) {
	c := newLRU(1000)
	c.add("a", Translation{Text: strings.Repeat("a", 50)})
	c.add("b", Translation{Text: strings.Repeat("b", 50)})
	c.get("a")
	for i := range 20 {
		c.add(string(rune('c'+i)), Translation{Text: strings.Repeat("x", 50)})
		c.get("a")
	}
	if _, ok := c.get("a"); !ok {
		t.Error("a, used all along, was evicted")
	}
	if _, ok := c.get("b"); ok {
		t.Error("b, never used again, was kept")
	}
	if c.bytes > 1000 {
		t.Errorf("holds %d bytes", c.bytes)
	}
	c.add("huge", Translation{Text: strings.Repeat("h", 500)})
	if _, ok := c.get("huge"); ok {
		t.Error("a text of half the budget was cached")
	}
}
