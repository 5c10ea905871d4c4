package rules

import (
	"time"

	"kefu"
)

// OfficeHours is the business_hours fallback when no calendar is wired:
// weekdays from Start to End o'clock in the store's time zone (default
// 9 to 18, Monday to Friday).
type OfficeHours struct {
	Start, End int            // hours of the day, 0–24
	Days       []time.Weekday // default Monday–Friday
}

// Open reports whether at falls within the store's office hours.
func (h OfficeHours) Open(store *kefu.Store, at time.Time) bool {
	start, end := h.Start, h.End
	if start == 0 && end == 0 {
		start, end = 9, 18
	}
	days := h.Days
	if days == nil {
		days = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	}
	if store != nil {
		if loc, err := time.LoadLocation(store.Timezone); err == nil {
			at = at.In(loc)
		}
	}
	open := false
	for _, d := range days {
		open = open || at.Weekday() == d
	}
	return open && at.Hour() >= start && at.Hour() < end
}
