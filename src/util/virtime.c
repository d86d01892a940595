/*
 * virtime.c: wall-clock and monotonic time, UTC timestamps, bounded waits
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>

#include <glib.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"
#include "virtime.h"

#define VIR_FROM_THIS VIR_FROM_NONE

VIR_LOG_INIT("util.time");

#define VIR_TIME_SECS_PER_DAY (24 * 60 * 60)


int
virTimeMillisNowRaw(unsigned long long *now)
{
    struct timespec ts;

    if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
        return -1;

    *now = ts.tv_sec * 1000ULL + ts.tv_nsec / 1000000ULL;
    return 0;
}


static bool
virTimeIsLeapYear(long long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}


/*
 * Converts days since 1970-01-01 into a proleptic Gregorian date, by
 * counting in 400-year eras that start on March 1st (so that the leap day
 * is the last day of an era-year): the calendar arithmetic then needs no
 * tables and no loops.
 */
static void
virTimeCivilFromDays(unsigned long long days, long long *year, int *month, int *mday)
{
    unsigned long long z = days + 719468; /* days from 0000-03-01 */
    unsigned long long era = z / 146097;  /* 146097 days per 400 years */
    unsigned long long doe = z - era * 146097;
    unsigned long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned long long mp = (5 * doy + 2) / 153; /* 0 = March */

    *mday = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9; /* 1-12 */
    *year = (long long)(yoe + era * 400) + (*month <= 2);
}


int
virTimeFieldsThenRaw(unsigned long long when, struct tm *fields)
{
    static const int cumDays[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    unsigned long long secs = when / 1000;
    unsigned long long days = secs / VIR_TIME_SECS_PER_DAY;
    unsigned long long rem = secs % VIR_TIME_SECS_PER_DAY;
    long long year;
    int month;
    int mday;

    virTimeCivilFromDays(days, &year, &month, &mday);

    memset(fields, 0, sizeof(*fields));
    fields->tm_sec = rem % 60;
    fields->tm_min = (rem / 60) % 60;
    fields->tm_hour = rem / 3600;
    fields->tm_mday = mday;
    fields->tm_mon = month - 1;
    fields->tm_year = year - 1900;
    fields->tm_wday = (4 + days) % 7; /* 1970-01-01 was a Thursday */
    fields->tm_yday = cumDays[month - 1] + mday - 1 + (month > 2 && virTimeIsLeapYear(year));
    return 0;
}


int
virTimeFieldsNowRaw(struct tm *fields)
{
    unsigned long long now;

    if (virTimeMillisNowRaw(&now) < 0)
        return -1;

    return virTimeFieldsThenRaw(now, fields);
}


/* Writes @val as exactly @width decimal digits; snprintf is not
 * async-signal-safe. Returns the position after them. */
static char *
virTimeWriteDigits(char *p, unsigned int val, int width)
{
    int i;

    for (i = width - 1; i >= 0; i--) {
        p[i] = '0' + val % 10;
        val /= 10;
    }
    return p + width;
}


int
virTimeStringThenRaw(unsigned long long when, char *buf)
{
    struct tm f;
    char *p = buf;

    if (virTimeFieldsThenRaw(when, &f) < 0)
        return -1;

    if (f.tm_year + 1900 > 9999) {
        errno = ERANGE;
        return -1;
    }

    p = virTimeWriteDigits(p, f.tm_year + 1900, 4);
    *p++ = '-';
    p = virTimeWriteDigits(p, f.tm_mon + 1, 2);
    *p++ = '-';
    p = virTimeWriteDigits(p, f.tm_mday, 2);
    *p++ = ' ';
    p = virTimeWriteDigits(p, f.tm_hour, 2);
    *p++ = ':';
    p = virTimeWriteDigits(p, f.tm_min, 2);
    *p++ = ':';
    p = virTimeWriteDigits(p, f.tm_sec, 2);
    *p++ = '.';
    p = virTimeWriteDigits(p, when % 1000, 3);
    memcpy(p, "+0000", sizeof("+0000"));
    return 0;
}


int
virTimeStringNowRaw(char *buf)
{
    unsigned long long now;

    if (virTimeMillisNowRaw(&now) < 0)
        return -1;

    return virTimeStringThenRaw(now, buf);
}


int
virTimeMillisNow(unsigned long long *now)
{
    if (virTimeMillisNowRaw(now) < 0) {
        virReportSystemError(errno, "%s", _("Unable to get current time"));
        return -1;
    }
    return 0;
}


int
virTimeFieldsThen(unsigned long long when, struct tm *fields)
{
    if (virTimeFieldsThenRaw(when, fields) < 0) {
        virReportSystemError(errno, "%s", _("Unable to break out time format"));
        return -1;
    }
    return 0;
}


int
virTimeFieldsNow(struct tm *fields)
{
    unsigned long long now;

    if (virTimeMillisNow(&now) < 0)
        return -1;

    return virTimeFieldsThen(now, fields);
}


char *
virTimeStringThen(unsigned long long when)
{
    g_autofree char *buf = g_new0(char, VIR_TIME_STRING_BUFLEN);

    if (virTimeStringThenRaw(when, buf) < 0) {
        virReportSystemError(errno, "%s", _("Unable to format time"));
        return NULL;
    }
    return g_steal_pointer(&buf);
}


char *
virTimeStringNow(void)
{
    unsigned long long now;

    if (virTimeMillisNow(&now) < 0)
        return NULL;

    return virTimeStringThen(now);
}


unsigned long long
virTimeMonotonicMillis(void)
{
    struct timespec ts;

    /* CLOCK_MONOTONIC always exists on Linux; it fails only for a bad
     * pointer or clock id. */
    if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
        return 0;

    return ts.tv_sec * 1000ULL + ts.tv_nsec / 1000000ULL;
}


int
virTimeLocalOffsetFromUTC(long *offset)
{
    g_autoptr(GDateTime) now = g_date_time_new_now_local();

    if (!now) {
        virReportError(VIR_ERR_INTERNAL_ERROR, "%s", _("Unable to determine the local time zone"));
        return -1;
    }

    *offset = g_date_time_get_utc_offset(now) / G_USEC_PER_SEC;
    return 0;
}


int
virTimeBackOffStart(virTimeBackOffVar *var, unsigned long long first, unsigned long long timeout)
{
    var->start_t = virTimeMonotonicMillis();
    /* 0 would never grow by doubling and turn the wait into a busy loop */
    var->next = MAX(first, 1);
    if (timeout > G_MAXUINT64 - var->start_t)
        var->limit_t = G_MAXUINT64;
    else
        var->limit_t = var->start_t + timeout;
    return 0;
}


bool
virTimeBackOffWait(virTimeBackOffVar *var)
{
    unsigned long long t = virTimeMonotonicMillis();
    unsigned long long sleep;

    /* >= rather than libvirt's >: at the deadline the body has just run
     * after the clipped sleep below, and a zero sleep would spin */
    if (t >= var->limit_t)
        return false;

    sleep = var->next;
    if (var->next < VIR_TIME_BACKOFF_CAP)
        var->next = MIN(var->next * 2, VIR_TIME_BACKOFF_CAP);
    else
        var->next = VIR_TIME_BACKOFF_CAP;

    /* never sleep past the deadline: the caller's check runs once there */
    if (sleep > var->limit_t - t)
        sleep = var->limit_t - t;

    VIR_DEBUG("t=%llu limit=%llu sleeping %llu ms", t, var->limit_t, sleep);
    g_usleep(sleep * 1000);
    return true;
}
