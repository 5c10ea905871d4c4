package storage_test

import (
	"context"
	"sync"
	"testing"

	"kefu/storage"
)

func TestMigrate_EmptyDatabaseMigratesCleanlyAndReportsItsVersion(t *testing.T) {
	t.Parallel()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		ctx := context.Background()
		db := be.mustOpen(t, testSecretKey, false)
		if got := db.Dialect(); got != be.name {
			t.Errorf("Dialect() = %q, want %q", got, be.name)
		}
		must(t, db.Ping(ctx), "Ping")
		must(t, db.Migrate(ctx), "Migrate on an empty database")
		v, err := db.SchemaVersion(ctx)
		must(t, err, "SchemaVersion")
		if v < 1 {
			t.Errorf("SchemaVersion after Migrate = %d, want >= 1", v)
		}
		// The schema is usable: a store goes in and comes back.
		mustCreateStore(t, db, "after-migrate", "amazon", "USD")
	})
}

func TestMigrate_SchemaVersionOfAnEmptyDatabaseIsZero(t *testing.T) {
	t.Parallel()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		db := be.mustOpen(t, testSecretKey, false)
		v, err := db.SchemaVersion(context.Background())
		if err != nil || v != 0 {
			t.Errorf("SchemaVersion before Migrate = %d, %v; want 0, nil (documented: 0 for an empty database)", v, err)
		}
	})
}

func TestMigrate_SecondRunIsANoOpAndKeepsData(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := context.Background()
		s := mustCreateStore(t, db, "kept", "shopee", "MYR")
		v1, err := db.SchemaVersion(ctx)
		must(t, err, "SchemaVersion")
		applied := be.count(t, `SELECT count(*) FROM schema_migrations`)

		must(t, db.Migrate(ctx), "second Migrate")
		v2, err := db.SchemaVersion(ctx)
		must(t, err, "SchemaVersion")
		if v1 != v2 {
			t.Errorf("SchemaVersion changed on a repeated Migrate: %d → %d", v1, v2)
		}
		if got := be.count(t, `SELECT count(*) FROM schema_migrations`); got != applied {
			t.Errorf("schema_migrations rows = %d after a repeated Migrate, want %d", got, applied)
		}
		// A new handle on the same database migrates as a no-op too.
		other := be.mustOpen(t, testSecretKey, true)
		got, err := other.FindStoreByID(sysCtx(t), s.ID)
		must(t, err, "FindStoreByID after re-migrate")
		if got.Slug != "kept" {
			t.Errorf("store after re-migrate = %+v", got)
		}
	})
}

// Replicas that start together run Migrate at the same moment.
func TestMigrate_TwoHandlesMigratingAtOnceBothSucceed(t *testing.T) {
	t.Parallel()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		a := be.mustOpen(t, testSecretKey, false)
		b := be.mustOpen(t, testSecretKey, false)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, db := range []*storage.DB{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = db.Migrate(context.Background())
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("concurrent Migrate #%d: %v", i, err)
			}
		}
		v, err := a.SchemaVersion(context.Background())
		if err != nil || v < 1 {
			t.Errorf("SchemaVersion = %d, %v after concurrent Migrate", v, err)
		}
		var n int
		must(t, be.raw.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n), "count migrations")
		if n != v {
			t.Errorf("schema_migrations has %d rows for version %d: a migration ran twice or was skipped", n, v)
		}
	})
}

func TestOpen_RefusesASecretKeyThatIsNot32Bytes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, n := range []int{0, 16, 31, 33} {
		db, err := storage.Open(context.Background(), storage.Config{DSN: dir + "/k.db", SecretKey: make([]byte, n)})
		if err == nil {
			db.Close()
			t.Errorf("Open with a %d-byte key succeeded", n)
		}
	}
}

func TestClose_ThenPingFails(t *testing.T) {
	t.Parallel()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		db, err := storage.Open(context.Background(), storage.Config{DSN: be.dsn, SecretKey: testSecretKey})
		must(t, err, "Open")
		must(t, db.Close(), "Close")
		if err := db.Ping(context.Background()); err == nil {
			t.Error("Ping after Close succeeded")
		}
	})
}

func TestOpen_DataSurvivesCloseAndReopen(t *testing.T) {
	t.Parallel()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		db, err := storage.Open(context.Background(), storage.Config{DSN: be.dsn, SecretKey: testSecretKey})
		must(t, err, "Open")
		must(t, db.Migrate(context.Background()), "Migrate")
		s := mustCreateStore(t, db, "durable", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "still here", "after a restart"))
		must(t, db.Close(), "Close")

		again := MustOpen(t, be.dsn)
		got := mustFindTicket(t, again, tk.ID)
		if got.Subject != "still here" || len(got.Messages) != 1 {
			t.Errorf("after reopen: %+v", got)
		}
	})
}
