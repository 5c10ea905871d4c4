package storage_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
	"kefu/translate"
)

// storage.DB is the translation service's cache.
var _ translate.Cache = (*storage.DB)(nil)

func sourceSHA(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestTranslations_SaveFindAndReplace(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		key := sourceSHA("Where is my order?")
		if _, err := db.FindTranslation(ctx, "deepl", "zh", key); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Fatalf("find before save: %v, want not found", err)
		}
		tr := &kefu.CachedTranslation{Provider: "deepl", Target: "zh", SourceSHA256: key, Text: "我的订单在哪里？", DetectedSource: "en"}
		if err := db.SaveTranslation(ctx, tr); err != nil {
			t.Fatal(err)
		}
		got, err := db.FindTranslation(ctx, "deepl", "zh", key)
		if err != nil || got.Text != "我的订单在哪里？" || got.DetectedSource != "en" || got.CreatedAt.IsZero() {
			t.Fatalf("find = %+v, %v", got, err)
		}
		// Another provider or language is another row.
		for _, k := range [][2]string{{"google", "zh"}, {"deepl", "zh-Hant"}} {
			if _, err := db.FindTranslation(ctx, k[0], k[1], key); kefu.ErrorCode(err) != kefu.ENOTFOUND {
				t.Errorf("%v: %v, want not found", k, err)
			}
		}
		// Saving again replaces: two agents translating at once both write.
		tr2 := &kefu.CachedTranslation{Provider: "deepl", Target: "zh", SourceSHA256: key, Text: "我的订单在哪儿？", DetectedSource: "en"}
		if err := db.SaveTranslation(ctx, tr2); err != nil {
			t.Fatal(err)
		}
		if got, err := db.FindTranslation(ctx, "deepl", "zh", key); err != nil || got.Text != "我的订单在哪儿？" {
			t.Fatalf("after replace: %+v, %v", got, err)
		}
	})
}

func TestTranslations_RejectMalformedKeysAndAnonymousCallers(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		for field, tr := range map[string]*kefu.CachedTranslation{
			"provider":      {Target: "zh", SourceSHA256: sourceSHA("x"), Text: "x"},
			"target":        {Provider: "deepl", SourceSHA256: sourceSHA("x"), Text: "x"},
			"source_sha256": {Provider: "deepl", Target: "zh", SourceSHA256: "ABC", Text: "x"},
			"text":          {Provider: "deepl", Target: "zh", SourceSHA256: sourceSHA("x"), Text: "a\x00b"},
		} {
			if err := db.SaveTranslation(ctx, tr); kefu.ErrorField(err) != field {
				t.Errorf("%s: %v", field, err)
			}
		}
		if _, err := db.FindTranslation(context.Background(), "deepl", "zh", sourceSHA("x")); kefu.ErrorCode(err) != kefu.EUNAUTHORIZED {
			t.Errorf("anonymous find: %v", err)
		}
		if err := db.SaveTranslation(context.Background(), &kefu.CachedTranslation{Provider: "deepl", Target: "zh", SourceSHA256: sourceSHA("x")}); kefu.ErrorCode(err) != kefu.EUNAUTHORIZED {
			t.Errorf("anonymous save: %v", err)
		}
	})
}

// The service over the real database: a second Service (a restart or
// another replica) finds the first one's translation.
func TestTranslations_ServiceCachesInTheDatabase(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		p := &countingProvider{}
		if _, cached, err := translate.NewService(p, db, nil).Translate(ctx, "Thank you!", "", "zh"); err != nil || cached {
			t.Fatalf("first: cached %v, %v", cached, err)
		}
		got, cached, err := translate.NewService(p, db, nil).Translate(ctx, "Thank you!", "", "zh")
		if err != nil || !cached || got.Text != "[zh] Thank you!" || p.calls != 1 {
			t.Fatalf("second service: %+v cached %v err %v after %d calls", got, cached, err, p.calls)
		}
	})
}

type countingProvider struct{ calls int }

func (p *countingProvider) Name() string { return "counting" }

func (p *countingProvider) Translate(ctx context.Context, texts []string, source, target string) ([]translate.Translation, error) {
	p.calls++
	out := make([]translate.Translation, len(texts))
	for i, t := range texts {
		out[i] = translate.Translation{Text: "[" + target + "] " + t, DetectedSource: "en"}
	}
	return out, nil
}

func TestMessageTicketID_FindsTheTicketWithinTheCallersStores(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		my := mustCreateStore(t, db, "acme-my", "shopee", "MYR")
		tk := mustCreateTicket(t, db, newTicket(my.ID, "Barang rosak", "Barang sampai rosak"))
		msgID := mustFindTicket(t, db, tk.ID).Messages[0].ID
		if got, err := db.MessageTicketID(sysCtx(t), msgID); err != nil || got != tk.ID {
			t.Fatalf("MessageTicketID = %d, %v; want %d", got, err, tk.ID)
		}
		if _, err := db.MessageTicketID(sysCtx(t), msgID+1000); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("unknown message: %v", err)
		}
		// The actor is all MessageTicketID reads: no need to store users.
		agentUS := &kefu.User{ID: 900, Role: kefu.RoleAgent, StoreIDs: []int64{us.ID}}
		if _, err := db.MessageTicketID(userCtx(t, agentUS), msgID); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("agent of another store: %v, want not found", err)
		}
		agentMY := &kefu.User{ID: 901, Role: kefu.RoleAgent, StoreIDs: []int64{my.ID}}
		if got, err := db.MessageTicketID(userCtx(t, agentMY), msgID); err != nil || got != tk.ID {
			t.Errorf("agent of the store: %d, %v", got, err)
		}
	})
}
