package notify

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// The dispatcher against the real database, on both backends: alerts
// raised by storage go out once, their outcome lands where the API reads
// it, and two replicas never send one delivery twice.
func TestDispatcherWithStorage_SendsRecordsAndNeverSendsTwice(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		var mu sync.Mutex
		received := map[string]int{}
		rb := newRobot(t, func(w http.ResponseWriter, r request) {
			if r.Query.Get("key") == "removed" {
				replyJSON(w, http.StatusOK, map[string]any{"errcode": 93000, "errmsg": "invalid webhook url, hint: [123]"})
				return
			}
			var body weComBodyJSON
			decode(t, r.Body, &body)
			mu.Lock()
			received[body.Markdown.Content]++
			mu.Unlock()
			replyJSON(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok"})
		})
		good := &kefu.AlertChannel{Name: "客服群", Type: kefu.AlertChannelWeCom, URL: rb.URL + "/cgi-bin/webhook/send?key=live", Enabled: true,
			Kinds: []string{kefu.AlertRiskFlag}}
		removed := &kefu.AlertChannel{Name: "old group", Type: kefu.AlertChannelWeCom, URL: rb.URL + "/cgi-bin/webhook/send?key=removed", Enabled: true,
			Kinds: []string{kefu.AlertEscalation}}
		for _, c := range []*kefu.AlertChannel{good, removed} {
			if err := db.CreateAlertChannel(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		const n = 30
		for i := range n {
			if _, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertRiskFlag, Title: fmt.Sprintf("risk %02d", i)}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertEscalation, Title: "escalated"}); err != nil {
			t.Fatal(err)
		}

		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		unlimited := map[string][]Rate{kefu.AlertChannelWeCom: {{1000, time.Minute}}}
		var wg sync.WaitGroup
		for range 2 { // two replicas
			d := &Dispatcher{Store: db, Senders: Senders(nil, nil, nil), Logger: quiet, Rates: unlimited, Batch: 4, Digest: DigestSchedule{Off: true}}
			wg.Go(func() {
				for {
					claimed, err := d.SendDue(ctx)
					if err != nil {
						t.Error(err)
						return
					}
					if claimed == 0 {
						return
					}
				}
			})
		}
		wg.Wait()

		if len(received) != n {
			t.Fatalf("robot received %d distinct alerts, want %d", len(received), n)
		}
		for content, times := range received {
			if times != 1 {
				t.Errorf("sent %d times: %q", times, content)
			}
		}
		sent, err := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{Status: kefu.AlertSent, Limit: 100})
		if err != nil || len(sent) != n {
			t.Fatalf("sent deliveries = %d, %v", len(sent), err)
		}
		failed, err := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{Status: kefu.AlertFailed})
		if err != nil || len(failed) != 1 {
			t.Fatalf("failed deliveries = %+v, %v", failed, err)
		}
		if f := failed[0]; f.ChannelID != removed.ID || f.ProviderCode != 93000 || f.Attempts != 1 || f.LastError != "HTTP 200, code 93000: invalid webhook url" {
			t.Errorf("failed delivery = %+v", f)
		}
	})
}
