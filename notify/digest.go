package notify

import (
	"context"
	"time"

	"kefu"
)

// Digest defaults: 09:00 in China, where most of kefu's sellers' teams
// start their day.
const (
	DefaultDigestHour = 9
	DefaultDigestTZ   = "Asia/Shanghai"
)

// DigestSchedule is when the daily digest goes out: at Hour local time in
// Location, or as soon after as kefu runs that day. Off disables it.
type DigestSchedule struct {
	Hour     int
	Location *time.Location
	Off      bool
}

func (s DigestSchedule) withDefaults() DigestSchedule {
	if s.Location == nil {
		loc, err := time.LoadLocation(DefaultDigestTZ)
		if err != nil {
			loc = time.FixedZone("CST", 8*3600) // no tzdata: China has one offset and no DST
		}
		s.Location, s.Hour = loc, DefaultDigestHour
	}
	return s
}

// EnqueueDigests queues today's digest on every enabled channel that
// takes it, once the digest hour has come. Each delivery's dedupe key is
// the channel and local date, so replicas that both do this queue one
// digest between them, and a restart later that day queues none. It
// returns how many it queued.
func (d *Dispatcher) EnqueueDigests(ctx context.Context) (int, error) {
	d.defaults()
	if d.Digest.Off {
		return 0, nil
	}
	now := d.Now().In(d.Digest.Location)
	date := now.Format(time.DateOnly)
	if now.Hour() < d.Digest.Hour || d.digestDate == date {
		return 0, nil
	}
	ctx = kefu.SystemContext(ctx, "alerts")
	channels, err := d.Store.ListAlertChannels(ctx)
	if err != nil {
		return 0, err
	}
	dayStart := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, d.Digest.Location)
	counts := map[int64]*kefu.AlertDigest{} // by store; 0 is all stores
	queued := 0
	for _, ch := range channels {
		if !ch.Enabled || !ch.Takes(kefu.AlertDailyDigest, ch.StoreID) {
			continue
		}
		c, ok := counts[ch.StoreID]
		if !ok {
			if c, err = d.Store.AlertDigestCounts(ctx, ch.StoreID, now.UTC(), dayStart.UTC()); err != nil {
				return queued, err
			}
			c.Date = date
			counts[ch.StoreID] = c
		}
		a := DigestAlert(c, d.BaseURL)
		added, err := d.Store.EnqueueAlert(ctx, ch.ID, a)
		if err != nil {
			return queued, err
		}
		if added {
			queued++
		}
	}
	d.digestDate = date
	return queued, nil
}
