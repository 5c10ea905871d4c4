package sla

import (
	"testing"
	"time"

	"kefu"
)

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func mustCalendar(t *testing.T, bc *kefu.BusinessCalendar, tz string) *Calendar {
	t.Helper()
	if err := bc.Validate(); err != nil {
		t.Fatalf("calendar: %v", err)
	}
	c, err := NewCalendar(bc, tz)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Shanghai: two periods a day with a lunch break, National Day week off.
func shanghaiCalendar(t *testing.T) *Calendar {
	return mustCalendar(t, &kefu.BusinessCalendar{
		Periods:  kefu.WorkWeek(kefu.Period{Start: 9 * 60, End: 12 * 60}, kefu.Period{Start: 13*60 + 30, End: 18 * 60}),
		Holidays: []string{"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"},
	}, "Asia/Shanghai")
}

func TestCalendarAddCountsOpenHoursAcrossBreaksWeekendsAndHolidays(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	la := mustLoc(t, "America/Los_Angeles")
	cst := shanghaiCalendar(t)
	pacific := mustCalendar(t, DefaultCalendar(), "America/Los_Angeles")
	allDay := []kefu.Period{{Start: 0, End: 1440}}
	always := mustCalendar(t, &kefu.BusinessCalendar{Periods: kefu.Week{
		Sun: allDay, Mon: allDay, Tue: allDay, Wed: allDay, Thu: allDay, Fri: allDay, Sat: allDay}}, "America/Los_Angeles")
	for _, tc := range []struct {
		name  string
		cal   *Calendar
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		{"inside one period", cst, time.Date(2026, 9, 14, 9, 30, 0, 0, sh), time.Hour, time.Date(2026, 9, 14, 10, 30, 0, 0, sh)},
		{"over the lunch break", cst, time.Date(2026, 9, 14, 11, 0, 0, 0, sh), 2 * time.Hour, time.Date(2026, 9, 14, 14, 30, 0, 0, sh)},
		{"a period used up exactly ends at its end", cst, time.Date(2026, 9, 14, 17, 0, 0, 0, sh), time.Hour, time.Date(2026, 9, 14, 18, 0, 0, 0, sh)},
		{"before opening counts from opening", cst, time.Date(2026, 9, 14, 6, 0, 0, 0, sh), 30 * time.Minute, time.Date(2026, 9, 14, 9, 30, 0, 0, sh)},
		{"friday evening to monday", cst, time.Date(2026, 9, 18, 17, 0, 0, 0, sh), 2 * time.Hour, time.Date(2026, 9, 21, 10, 0, 0, 0, sh)},
		{"saturday to monday", cst, time.Date(2026, 9, 19, 10, 0, 0, 0, sh), time.Hour, time.Date(2026, 9, 21, 10, 0, 0, 0, sh)},
		// Sep 30 is the last working day before the National Day week;
		// Oct 1–7 are holidays or the weekend.
		{"over the National Day holidays", cst, time.Date(2026, 9, 30, 17, 0, 0, 0, sh), 3 * time.Hour, time.Date(2026, 10, 8, 11, 0, 0, 0, sh)},
		{"over the holidays and lunch", cst, time.Date(2026, 9, 30, 17, 0, 0, 0, sh), 5 * time.Hour, time.Date(2026, 10, 8, 14, 30, 0, 0, sh)},
		{"zero is start", cst, time.Date(2026, 9, 19, 10, 0, 0, 0, sh), 0, time.Date(2026, 9, 19, 10, 0, 0, 0, sh)},
		// Los Angeles springs forward on Sunday 8 March 2026: the weekend
		// in between changes the UTC offset, not the business hours.
		{"LA friday to monday over the spring DST change", pacific, time.Date(2026, 3, 6, 17, 0, 0, 0, la), 2 * time.Hour, time.Date(2026, 3, 9, 10, 0, 0, 0, la)},
		// Around the clock, the DST day has 23 real hours in LA.
		{"the short DST day holds 23 hours", always, time.Date(2026, 3, 8, 0, 0, 0, 0, la), 24 * time.Hour, time.Date(2026, 3, 9, 1, 0, 0, 0, la)},
		// …and the day it falls back, 25.
		{"the long DST day holds 25 hours", always, time.Date(2026, 11, 1, 0, 0, 0, 0, la), 24 * time.Hour, time.Date(2026, 11, 1, 23, 0, 0, 0, la)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.cal.Add(tc.start, tc.d)
			if !got.Equal(tc.want) {
				t.Fatalf("Add(%s, %s) = %s, want %s", tc.start, tc.d, got.In(tc.want.Location()), tc.want)
			}
			if tc.d > 0 {
				if back := tc.cal.Elapsed(tc.start, got); back != tc.d {
					t.Fatalf("Elapsed(%s, %s) = %s, want %s", tc.start, got, back, tc.d)
				}
			}
		})
	}
}

func TestCalendarElapsedCountsOnlyOpenHours(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	cst := shanghaiCalendar(t)
	for _, tc := range []struct {
		name string
		a, b time.Time
		want time.Duration
	}{
		{"one working day", time.Date(2026, 9, 14, 0, 0, 0, 0, sh), time.Date(2026, 9, 15, 0, 0, 0, 0, sh), 7*time.Hour + 30*time.Minute},
		{"a weekend is nothing", time.Date(2026, 9, 19, 0, 0, 0, 0, sh), time.Date(2026, 9, 21, 0, 0, 0, 0, sh), 0},
		{"the holiday week is nothing", time.Date(2026, 9, 30, 18, 0, 0, 0, sh), time.Date(2026, 10, 8, 9, 0, 0, 0, sh), 0},
		{"lunch does not count", time.Date(2026, 9, 14, 11, 0, 0, 0, sh), time.Date(2026, 9, 14, 14, 0, 0, 0, sh), 90 * time.Minute},
		{"backwards is zero", time.Date(2026, 9, 15, 0, 0, 0, 0, sh), time.Date(2026, 9, 14, 0, 0, 0, 0, sh), 0},
	} {
		if got := cst.Elapsed(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Elapsed = %s, want %s", tc.name, got, tc.want)
		}
	}
}

// eBay counts business days: the same time of day three working days on.
func TestCalendarAddDaysKeepsTheTimeOfDay(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	la := mustLoc(t, "America/Los_Angeles")
	cst := shanghaiCalendar(t)
	pacific := mustCalendar(t, DefaultCalendar(), "America/Los_Angeles")
	for _, tc := range []struct {
		name  string
		cal   *Calendar
		start time.Time
		n     int
		want  time.Time
	}{
		{"friday afternoon to wednesday", cst, time.Date(2026, 9, 18, 15, 0, 0, 0, sh), 3, time.Date(2026, 9, 23, 15, 0, 0, 0, sh)},
		{"saturday counts from monday's opening", cst, time.Date(2026, 9, 19, 10, 0, 0, 0, sh), 3, time.Date(2026, 9, 24, 9, 0, 0, 0, sh)},
		{"after hours counts from the next opening", cst, time.Date(2026, 9, 14, 20, 0, 0, 0, sh), 1, time.Date(2026, 9, 16, 9, 0, 0, 0, sh)},
		{"holidays are skipped", cst, time.Date(2026, 9, 29, 10, 0, 0, 0, sh), 3, time.Date(2026, 10, 9, 10, 0, 0, 0, sh)},
		// The wall-clock time holds across the change to daylight saving:
		// 15:00 PST on Friday is due at 15:00 PDT on Wednesday, 23 hours
		// short of five whole days.
		{"across the LA spring change", pacific, time.Date(2026, 3, 6, 15, 0, 0, 0, la), 3, time.Date(2026, 3, 11, 15, 0, 0, 0, la)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.cal.AddDays(tc.start, tc.n); !got.Equal(tc.want) {
				t.Fatalf("AddDays(%s, %d) = %s, want %s", tc.start, tc.n, got.In(tc.want.Location()), tc.want)
			}
		})
	}
	if got := pacific.Due(time.Date(2026, 3, 6, 15, 0, 0, 0, la), kefu.SLADuration{Days: 1, Time: 2 * time.Hour}); !got.Equal(time.Date(2026, 3, 9, 17, 0, 0, 0, la)) {
		t.Fatalf("Due(1d2h) = %s", got.In(la))
	}
}

// Amazon counts every hour: 24 h after Saturday noon in LA is Sunday 13:00
// on the wall clock once the clocks have sprung forward.
func TestCalendarClockCountsEveryHour(t *testing.T) {
	la := mustLoc(t, "America/Los_Angeles")
	start := time.Date(2026, 3, 7, 12, 0, 0, 0, la)
	got := CalendarClock{}.Due(start, kefu.SLAHours(24))
	if want := time.Date(2026, 3, 8, 13, 0, 0, 0, la); !got.Equal(want) {
		t.Fatalf("Due = %s, want %s", got.In(la), want)
	}
	if got := (CalendarClock{}).Due(start, kefu.SLADays(3)); got.Sub(start) != 72*time.Hour {
		t.Fatalf("3d on the calendar clock = %s", got.Sub(start))
	}
	if e := (CalendarClock{}).Elapsed(start, start.Add(-time.Hour)); e != 0 {
		t.Fatalf("Elapsed backwards = %s", e)
	}
}

func TestCalendarUsesItsOwnTimeZoneOverTheStores(t *testing.T) {
	bc := DefaultCalendar()
	bc.Timezone = "Asia/Shanghai"
	c := mustCalendar(t, bc, "America/Los_Angeles")
	if c.Location().String() != "Asia/Shanghai" {
		t.Fatalf("location = %s", c.Location())
	}
	if _, err := NewCalendar(&kefu.BusinessCalendar{}, "UTC"); err == nil {
		t.Fatal("a calendar with no open hours was accepted")
	}
}
