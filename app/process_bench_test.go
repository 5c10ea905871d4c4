package app_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"kefu"
	"kefu/app"
	"kefu/bench"
	"kefu/blob"
	"kefu/ingest"
	"kefu/storage/storagetest"
)

// BenchmarkProcessStripeDisputes times the processing half of ingest alone:
// archived dispute.created events turned into disputes and tickets on
// SQLite. Archiving is done before the timer starts.
func BenchmarkProcessStripeDisputes(b *testing.B) {
	db := storagetest.OpenSQLite(b)
	st := storagetest.Store(b, db, "bench-stripe", "stripe", nil)
	blobs, err := blob.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	payloads, err := bench.DisputeEvents("p", b.N, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < len(payloads); i += 1024 {
		var evs []*ingest.Event
		for j := i; j < min(i+1024, len(payloads)); j++ {
			evs = append(evs, &ingest.Event{Source: ingest.SourceStripe, StoreID: st.ID, ExternalID: bench.DisputeID("p", j),
				Type: "charge.dispute.created", ReceivedAt: kefu.Now(), Verification: "bench", Payload: payloads[j]})
		}
		if _, err := db.AppendEvents(ctx, evs); err != nil {
			b.Fatal(err)
		}
	}
	p := ingest.New(db, app.Handlers(db, blobs), ingest.Options{})
	cpu0 := cpuTime()
	b.ResetTimer()
	done := 0
	for done < b.N {
		n, err := p.ProcessDue(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 {
			b.Fatalf("processed %d of %d", done, b.N)
		}
		done += n
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	// The machine is often shared: CPU time per event is steadier than
	// wall time, and the processing is one goroutine.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/event")
	if _, err := db.FindTicketByCase(kefu.SystemContext(ctx, "bench"), st.ID, bench.DisputeID("p", b.N-1)); err != nil {
		b.Fatalf("the last event made no ticket: %v", err)
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
