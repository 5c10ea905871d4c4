package ui

import (
	"testing"
	"time"
)

func TestMoney_UsesTheCurrencysMinorUnits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		minor    int64
		currency string
		want     string
	}{
		{4999, "USD", "USD 49.99"},
		{5, "EUR", "EUR 0.05"},
		{598000, "JPY", "JPY 598,000"},
		{1234567, "VND", "VND 1,234,567"},
		{12350, "KWD", "KWD 12.350"},
		{-1999, "GBP", "GBP -19.99"},
		{123456789, "CNY", "CNY 1,234,567.89"},
	} {
		if got := money(tc.minor, tc.currency); got != tc.want {
			t.Errorf("money(%d, %s) = %q, want %q", tc.minor, tc.currency, got, tc.want)
		}
	}
}

func TestDeadline_SaysHowLongIsLeftInTheViewersLanguage(t *testing.T) {
	t.Parallel()
	in := mustLoadCatalogs()
	now := time.Date(2026, 12, 1, 1, 0, 0, 0, time.UTC)
	shanghai, la := loadLocation("Asia/Shanghai"), loadLocation("America/Los_Angeles")
	for _, tc := range []struct {
		lang  string
		due   time.Duration
		text  string
		class string
	}{
		{"en", 135 * time.Minute, "2h 15m left", "clock-soon"},
		{"en", -35 * time.Minute, "overdue 35m", "clock-late"},
		{"en", 50 * time.Hour, "2d 2h left", "clock-ok"},
		{"zh-CN", 135 * time.Minute, "剩余 2小时15分", "clock-soon"},
		{"zh-CN", -26 * time.Hour, "已超时 1天2小时", "clock-late"},
	} {
		due := now.Add(tc.due)
		k := deadline(in.catalogs[tc.lang], &due, now, shanghai, la)
		if k.Text != tc.text || k.Class != tc.class {
			t.Errorf("%s %v: %q %s, want %q %s", tc.lang, tc.due, k.Text, k.Class, tc.text, tc.class)
		}
		if k.Local == "" {
			t.Errorf("%s %v: no store-local time for a store in another zone", tc.lang, tc.due)
		}
	}
	due := now.Add(time.Hour)
	if k := deadline(in.catalogs["en"], &due, now, shanghai, shanghai); k.Local != "" || k.At != "1 Dec 10:00" {
		t.Errorf("same zone: At %q Local %q", k.At, k.Local)
	}
	if deadline(in.catalogs["en"], nil, now, shanghai, nil) != nil {
		t.Error("no deadline should be no clock")
	}
}
