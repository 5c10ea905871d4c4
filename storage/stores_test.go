package storage_test

import (
	"bytes"
	"maps"
	"slices"
	"testing"

	"kefu"
	"kefu/storage"
)

func TestStores_CreateFindListUpdate(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		us := &kefu.Store{Slug: "amazon-us", Platform: "amazon", Site: "US", Name: "Amazon US", Timezone: "America/Los_Angeles", Currency: "USD"}
		must(t, db.CreateStore(ctx, us), "CreateStore")
		if us.ID == 0 || us.CreatedAt.IsZero() || us.UpdatedAt.IsZero() {
			t.Errorf("CreateStore did not fill ID/CreatedAt/UpdatedAt: %+v", us)
		}
		my := mustCreateStore(t, db, "shopee-my", "shopee", "MYR")

		byID, err := db.FindStoreByID(ctx, us.ID)
		must(t, err, "FindStoreByID")
		bySlug, err := db.FindStoreBySlug(ctx, "amazon-us")
		must(t, err, "FindStoreBySlug")
		for name, got := range map[string]*kefu.Store{"by id": byID, "by slug": bySlug} {
			if got.ID != us.ID || got.Slug != us.Slug || got.Platform != "amazon" || got.Site != "US" ||
				got.Name != "Amazon US" || got.Timezone != "America/Los_Angeles" || got.Currency != "USD" {
				t.Errorf("FindStore %s = %+v, want %+v", name, got, us)
			}
			if !got.CreatedAt.Equal(us.CreatedAt) {
				t.Errorf("FindStore %s CreatedAt = %v, want %v", name, got.CreatedAt, us.CreatedAt)
			}
		}

		list, err := db.ListStores(ctx)
		must(t, err, "ListStores")
		var slugs []string
		for _, s := range list {
			slugs = append(slugs, s.Slug)
		}
		if !slices.Equal(slugs, []string{"amazon-us", "shopee-my"}) {
			t.Errorf("ListStores slugs = %q, want ordered by slug [amazon-us shopee-my]", slugs)
		}

		name, tz := "Amazon United States", "America/New_York"
		upd, err := db.UpdateStore(ctx, us.ID, kefu.StoreUpdate{Name: &name, Timezone: &tz})
		must(t, err, "UpdateStore")
		if upd.Name != name || upd.Timezone != tz || upd.Slug != "amazon-us" || upd.Currency != "USD" {
			t.Errorf("UpdateStore returned %+v", upd)
		}
		again, err := db.FindStoreByID(ctx, us.ID)
		must(t, err, "FindStoreByID after update")
		if again.Name != name || again.Timezone != tz {
			t.Errorf("store after update = %+v", again)
		}
		if again.UpdatedAt.Before(us.UpdatedAt) {
			t.Errorf("UpdatedAt went backwards: %v → %v", us.UpdatedAt, again.UpdatedAt)
		}
		// The other store is untouched.
		other, err := db.FindStoreByID(ctx, my.ID)
		must(t, err, "FindStoreByID other")
		if other.Name != my.Name {
			t.Errorf("updating one store changed another: %+v", other)
		}
	})
}

func TestStores_UnknownIDOrSlugIsNotFound(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		_, err := db.FindStoreByID(ctx, 424242)
		wantCode(t, err, kefu.ENOTFOUND)
		_, err = db.FindStoreBySlug(ctx, "no-such-store")
		wantCode(t, err, kefu.ENOTFOUND)
		name := "x"
		_, err = db.UpdateStore(ctx, 424242, kefu.StoreUpdate{Name: &name})
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestStores_DuplicateSlugIsConflict(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		mustCreateStore(t, db, "amazon-us", "amazon", "USD")
		dup := &kefu.Store{Slug: "amazon-us", Platform: "ebay", Name: "Other", Timezone: "UTC", Currency: "USD"}
		wantCode(t, db.CreateStore(sysCtx(t), dup), kefu.ECONFLICT)
		list, err := db.ListStores(sysCtx(t))
		must(t, err, "ListStores")
		if len(list) != 1 || list[0].Platform != "amazon" {
			t.Errorf("after a duplicate slug the stores are %+v", list)
		}
	})
}

func TestStores_InvalidStoreIsRefusedWithItsFieldAndNothingIsWritten(t *testing.T) {
	t.Parallel()
	valid := func() *kefu.Store {
		return &kefu.Store{Slug: "ok-store", Platform: "amazon", Name: "OK", Timezone: "UTC", Currency: "USD"}
	}
	tests := []struct {
		name  string
		edit  func(s *kefu.Store)
		field string
	}{
		{"slug with spaces and capitals", func(s *kefu.Store) { s.Slug = "Bad Slug!" }, "slug"},
		{"empty slug", func(s *kefu.Store) { s.Slug = "" }, "slug"},
		{"unknown timezone", func(s *kefu.Store) { s.Timezone = "Mars/Olympus_Mons" }, "timezone"},
		{"lower-case currency", func(s *kefu.Store) { s.Currency = "usd" }, "currency"},
		{"four-letter currency", func(s *kefu.Store) { s.Currency = "USDT" }, "currency"},
		{"unknown platform", func(s *kefu.Store) { s.Platform = "myspace" }, "platform"},
		{"bad secret name", func(s *kefu.Store) { s.Secrets = kefu.Secrets{"Bad Name": "x"} }, "secrets"},
	}
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := valid()
				tt.edit(s)
				wantInvalid(t, db.CreateStore(sysCtx(t), s), tt.field)
				if n := be.count(t, `SELECT count(*) FROM stores`); n != 0 {
					t.Errorf("an invalid store wrote %d rows", n)
				}
			})
		}
		// An invalid update changes nothing either.
		s := mustCreateStore(t, db, "good", "amazon", "USD")
		bad := "EURO"
		_, err := db.UpdateStore(sysCtx(t), s.ID, kefu.StoreUpdate{Currency: &bad})
		wantInvalid(t, err, "currency")
		got, err := db.FindStoreByID(sysCtx(t), s.ID)
		must(t, err, "FindStoreByID")
		if got.Currency != "USD" {
			t.Errorf("an invalid update changed currency to %q", got.Currency)
		}
	})
}

const stripeSecret = "whsec_ThisIsTheSecretValue_5f2c9a"

func TestStores_SecretsRoundTripAndAreEncryptedAtRest(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		secrets := kefu.Secrets{"stripe_webhook_secret": stripeSecret, "sp_api_refresh_token": "Atzr|IwEBIPrivateRefresh"}
		s := &kefu.Store{Slug: "stripe-eu", Platform: "stripe", Name: "Stripe EU", Timezone: "Europe/Berlin", Currency: "EUR", Secrets: maps.Clone(secrets)}
		must(t, db.CreateStore(ctx, s), "CreateStore")

		got, err := db.FindStoreBySlug(ctx, "stripe-eu")
		must(t, err, "FindStoreBySlug")
		if !maps.Equal(got.Secrets, secrets) {
			t.Errorf("FindStoreBySlug secrets = %v, want %v", got.Secrets, secrets)
		}

		var sealed []byte
		must(t, be.raw.QueryRow(be.rebind(`SELECT secrets FROM stores WHERE id = ?`), s.ID).Scan(&sealed), "raw secrets")
		if len(sealed) == 0 {
			t.Fatal("the secrets column is empty although the store has secrets")
		}
		for _, plain := range []string{stripeSecret, "IwEBIPrivateRefresh", "stripe_webhook_secret"} {
			if bytes.Contains(sealed, []byte(plain)) {
				t.Errorf("the secrets column contains %q in plain text", plain)
			}
		}
		if text := be.rowText(t, `SELECT * FROM stores`); bytes.Contains([]byte(text), []byte(stripeSecret)) {
			t.Error("a stores column holds the secret in plain text")
		}

		// Rotation: add one, delete one with an empty value.
		_, err = db.UpdateStore(ctx, s.ID, kefu.StoreUpdate{SetSecrets: map[string]string{"stripe_webhook_secret_2": "whsec_rotated", "sp_api_refresh_token": ""}})
		must(t, err, "UpdateStore secrets")
		got, err = db.FindStoreBySlug(ctx, "stripe-eu")
		must(t, err, "FindStoreBySlug after rotation")
		want := kefu.Secrets{"stripe_webhook_secret": stripeSecret, "stripe_webhook_secret_2": "whsec_rotated"}
		if !maps.Equal(got.Secrets, want) {
			t.Errorf("secrets after rotation = %v, want %v", got.Secrets, want)
		}
	})
}

func TestStores_SecretsUnderAnotherKeyFailToOpenInsteadOfReturningGarbage(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		s := &kefu.Store{Slug: "sealed", Platform: "stripe", Name: "Sealed", Timezone: "UTC", Currency: "USD", Secrets: kefu.Secrets{"webhook_secret": stripeSecret}}
		must(t, db.CreateStore(sysCtx(t), s), "CreateStore")

		other := be.mustOpen(t, bytes.Repeat([]byte{9}, 32), false)
		got, err := other.FindStoreBySlug(sysCtx(t), "sealed")
		if err == nil {
			t.Fatalf("FindStoreBySlug under a different key succeeded with secrets %v", got.Secrets)
		}
		if got != nil && got.Secrets["webhook_secret"] != "" {
			t.Errorf("a failed decrypt still returned secrets %v", got.Secrets)
		}
	})
}

func TestStores_ScopedAgentSeesOnlyItsStoresAndCannotManageThem(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		a := mustCreateStore(t, db, "store-a", "amazon", "USD")
		b := mustCreateStore(t, db, "store-b", "shopee", "MYR")
		agent := mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent, a.ID)
		ctx := userCtx(t, agent)

		list, err := db.ListStores(ctx)
		must(t, err, "ListStores as agent")
		if len(list) != 1 || list[0].ID != a.ID {
			t.Errorf("scoped agent lists %d stores, want only store-a", len(list))
		}
		_, err = db.FindStoreByID(ctx, b.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		// Managing stores is an admin's job.
		wantCode(t, db.CreateStore(ctx, &kefu.Store{Slug: "new", Platform: "ebay", Name: "N", Timezone: "UTC", Currency: "USD"}), kefu.EFORBIDDEN)
		name := "renamed"
		_, err = db.UpdateStore(ctx, a.ID, kefu.StoreUpdate{Name: &name})
		wantCode(t, err, kefu.EFORBIDDEN)
	})
}
