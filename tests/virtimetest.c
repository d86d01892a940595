/*
 * virtimetest.c: tests for the time module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <errno.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "virerror.h"
#include "virtime.h"


typedef struct {
    const char *name;
    unsigned long long when;
    const char *expect; /* NULL: ERANGE */
} testStringCase;

static const testStringCase stringCases[] = {
    { "epoch", 0, "1970-01-01 00:00:00.000+0000" },
    { "millis", 1, "1970-01-01 00:00:00.001+0000" },
    { "first-day-end", 86399999, "1970-01-01 23:59:59.999+0000" },
    { "second-day", 86400000, "1970-01-02 00:00:00.000+0000" },
    { "y2k-eve", 946684799999ULL, "1999-12-31 23:59:59.999+0000" },
    { "y2k", 946684800000ULL, "2000-01-01 00:00:00.000+0000" },
    /* 2000 is a leap year (divisible by 400) */
    { "leap-2000", 951782400000ULL, "2000-02-29 00:00:00.000+0000" },
    { "after-leap-2000", 951868800000ULL, "2000-03-01 00:00:00.000+0000" },
    { "leap-2024", 1709164800123ULL, "2024-02-29 00:00:00.123+0000" },
    /* 2100 is not: Feb 28th is followed by March 1st */
    { "no-leap-2100", 4107456000000ULL, "2100-02-28 00:00:00.000+0000" },
    { "no-leap-2100-next", 4107542400000ULL, "2100-03-01 00:00:00.000+0000" },
    { "y2038", 2147483648000ULL, "2038-01-19 03:14:08.000+0000" },
    { "sample", 1795901701123ULL, "2026-11-28 21:35:01.123+0000" },
    { "last-4-digit", 253402300799999ULL, "9999-12-31 23:59:59.999+0000" },
    { "year-10000", 253402300800000ULL, NULL },
    { "max", G_MAXUINT64, NULL },
};


static void
testString(const void *opaque)
{
    const testStringCase *tc = opaque;
    char buf[VIR_TIME_STRING_BUFLEN];
    g_autofree char *str = NULL;

    memset(buf, 'X', sizeof(buf));
    virResetLastError();
    if (!tc->expect) {
        errno = 0;
        g_assert_cmpint(virTimeStringThenRaw(tc->when, buf), ==, -1);
        g_assert_cmpint(errno, ==, ERANGE);
        g_assert_null(virGetLastError());
        g_assert_null(virTimeStringThen(tc->when));
        g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_SYSTEM_ERROR);
        return;
    }

    g_assert_cmpint(virTimeStringThenRaw(tc->when, buf), ==, 0);
    g_assert_cmpstr(buf, ==, tc->expect);
    g_assert_cmpuint(strlen(buf), ==, VIR_TIME_STRING_BUFLEN - 1);
    str = virTimeStringThen(tc->when);
    g_assert_cmpstr(str, ==, tc->expect);
}


/* gmtime_r is the oracle for the broken-down fields */
static void
testCheckFields(unsigned long long when)
{
    struct tm got;
    struct tm want;
    time_t secs = when / 1000;

    g_assert_nonnull(gmtime_r(&secs, &want));
    g_assert_cmpint(virTimeFieldsThenRaw(when, &got), ==, 0);
    if (got.tm_year != want.tm_year || got.tm_mon != want.tm_mon || got.tm_mday != want.tm_mday ||
        got.tm_hour != want.tm_hour || got.tm_min != want.tm_min || got.tm_sec != want.tm_sec ||
        got.tm_wday != want.tm_wday || got.tm_yday != want.tm_yday) {
        g_test_message("when=%llu got %d-%d-%d %d:%d:%d w%d y%d want %d-%d-%d %d:%d:%d w%d y%d",
                       when, got.tm_year, got.tm_mon, got.tm_mday, got.tm_hour, got.tm_min,
                       got.tm_sec, got.tm_wday, got.tm_yday, want.tm_year, want.tm_mon,
                       want.tm_mday, want.tm_hour, want.tm_min, want.tm_sec, want.tm_wday,
                       want.tm_yday);
        g_assert_not_reached();
    }
    g_assert_cmpint(got.tm_isdst, ==, 0);
}


static void
testFields(void)
{
    static const unsigned long long fixed[] = {
        0,
        86399999,
        951782400000ULL,
        4107456000000ULL,
        253402300799999ULL,
        /* far future: the year still fits */
        G_MAXUINT64 / 4,
        G_MAXUINT64,
    };
    g_autoptr(GRand) rand = g_rand_new_with_seed(42);
    unsigned long long day;
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(fixed); i++)
        testCheckFields(fixed[i]);

    /* every day boundary and mid-day from 1970 to 2500 */
    for (day = 0; day < 530 * 366; day++) {
        testCheckFields(day * 86400000ULL);
        testCheckFields(day * 86400000ULL + 43199999ULL);
    }

    for (i = 0; i < 100000; i++)
        testCheckFields(((unsigned long long)g_rand_int(rand) << 20) ^ g_rand_int(rand));
}


static void
testNow(void)
{
    unsigned long long before;
    unsigned long long now;
    unsigned long long mono1;
    unsigned long long mono2;
    char buf[VIR_TIME_STRING_BUFLEN];
    g_autofree char *str = NULL;
    struct tm fields;

    before = g_get_real_time() / 1000;
    g_assert_cmpint(virTimeMillisNow(&now), ==, 0);
    g_assert_cmpuint(now, >=, before);
    g_assert_cmpuint(now, <=, before + 5000);
    g_assert_cmpint(virTimeMillisNowRaw(&now), ==, 0);
    g_assert_cmpuint(now, >=, before);

    g_assert_cmpint(virTimeFieldsNow(&fields), ==, 0);
    g_assert_cmpint(fields.tm_year, >=, 124);
    g_assert_cmpint(virTimeFieldsNowRaw(&fields), ==, 0);
    g_assert_cmpint(fields.tm_year, >=, 124);

    str = virTimeStringNow();
    g_assert_nonnull(str);
    g_assert_cmpuint(strlen(str), ==, VIR_TIME_STRING_BUFLEN - 1);
    g_assert_true(g_str_has_suffix(str, "+0000"));
    g_assert_cmpint(virTimeStringNowRaw(buf), ==, 0);
    g_assert_cmpint(buf[4], ==, '-');
    g_assert_cmpint(buf[10], ==, ' ');
    g_assert_cmpint(buf[19], ==, '.');

    mono1 = virTimeMonotonicMillis();
    g_usleep(20 * 1000);
    mono2 = virTimeMonotonicMillis();
    g_assert_cmpuint(mono1, >, 0);
    g_assert_cmpuint(mono2, >=, mono1 + 19);
    g_assert_cmpuint(mono2, <, mono1 + 5000);
}


static void
testLocalOffset(void)
{
    const char *oldtz = g_getenv("TZ");
    g_autofree char *saved = g_strdup(oldtz);
    long offset = 12345;

    /* fixed zones with POSIX TZ strings: the sign is inverted there */
    g_setenv("TZ", "UTC0", TRUE);
    tzset();
    g_assert_cmpint(virTimeLocalOffsetFromUTC(&offset), ==, 0);
    g_assert_cmpint(offset, ==, 0);

    g_setenv("TZ", "XYZ-5:30", TRUE);
    tzset();
    g_assert_cmpint(virTimeLocalOffsetFromUTC(&offset), ==, 0);
    g_assert_cmpint(offset, ==, 5 * 3600 + 1800);

    g_setenv("TZ", "ABC7", TRUE);
    tzset();
    g_assert_cmpint(virTimeLocalOffsetFromUTC(&offset), ==, 0);
    g_assert_cmpint(offset, ==, -7 * 3600);

    if (saved)
        g_setenv("TZ", saved, TRUE);
    else
        g_unsetenv("TZ");
    tzset();
}


static void
testBackOff(void)
{
    virTimeBackOffVar var;
    unsigned long long start = virTimeMonotonicMillis();
    unsigned long long elapsed;
    unsigned int iterations = 0;

    g_assert_cmpint(virTimeBackOffStart(&var, 1, 100), ==, 0);
    g_assert_cmpuint(var.limit_t, ==, var.start_t + 100);
    while (virTimeBackOffWait(&var))
        iterations++;
    elapsed = virTimeMonotonicMillis() - start;

    /* sleeps 1,2,4,8,16,32 then the remainder up to the deadline */
    g_assert_cmpuint(elapsed, >=, 100);
    g_assert_cmpuint(elapsed, <, 2000);
    /* sleeps never end early, so at most 7 steps fit; a loaded machine
     * oversleeps, so fewer is fine */
    g_assert_cmpuint(iterations, >=, 1);
    /* no spinning at the deadline */
    g_assert_cmpuint(iterations, <=, 7);
}


static void
testBackOffSteps(void)
{
    virTimeBackOffVar var;

    /* first = 0 must still grow, or the loop would spin */
    g_assert_cmpint(virTimeBackOffStart(&var, 0, 10000), ==, 0);
    g_assert_cmpuint(var.next, ==, 1);

    /* a deadline in the past ends the wait at once, step unchanged */
    g_assert_cmpint(virTimeBackOffStart(&var, 300, 10000), ==, 0);
    var.limit_t = 0;
    g_assert_false(virTimeBackOffWait(&var));
    g_assert_cmpuint(var.next, ==, 300);

    /* an already expired timeout ends at once */
    g_assert_cmpint(virTimeBackOffStart(&var, 5, 0), ==, 0);
    g_usleep(2 * 1000);
    g_assert_false(virTimeBackOffWait(&var));

    /* an enormous timeout saturates instead of wrapping */
    g_assert_cmpint(virTimeBackOffStart(&var, 5, G_MAXUINT64), ==, 0);
    g_assert_cmpuint(var.limit_t, ==, G_MAXUINT64);
}


static void
testBackOffCap(void)
{
    virTimeBackOffVar var;
    unsigned long long start;
    unsigned long long elapsed;

    if (!g_test_slow()) {
        g_test_skip("slow: needs -m slow");
        return;
    }

    /* 600 -> sleeps 600, then at most the cap (1000), never 1200 */
    g_assert_cmpint(virTimeBackOffStart(&var, 600, 1500), ==, 0);
    start = virTimeMonotonicMillis();
    g_assert_true(virTimeBackOffWait(&var));
    g_assert_cmpuint(var.next, ==, VIR_TIME_BACKOFF_CAP);
    g_assert_true(virTimeBackOffWait(&var));
    elapsed = virTimeMonotonicMillis() - start;
    g_assert_cmpuint(elapsed, >=, 1500);
    g_assert_cmpuint(elapsed, <, 3000);
    g_assert_cmpuint(var.next, ==, VIR_TIME_BACKOFF_CAP);
}


#define ADD_TABLE(prefix, cases, func)                                                             \
 do {                                                                                              \
  size_t i_;                                                                                       \
  for (i_ = 0; i_ < G_N_ELEMENTS(cases); i_++) {                                                   \
   g_autofree char *p_ = g_strdup_printf("%s/%s", prefix, cases[i_].name);                         \
   g_test_add_data_func(p_, &cases[i_], func);                                                     \
  }                                                                                                \
 } while (0)


int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    ADD_TABLE("/util/time/string", stringCases, testString);
    g_test_add_func("/util/time/fields", testFields);
    g_test_add_func("/util/time/now", testNow);
    g_test_add_func("/util/time/local-offset", testLocalOffset);
    g_test_add_func("/util/time/backoff", testBackOff);
    g_test_add_func("/util/time/backoff-steps", testBackOffSteps);
    g_test_add_func("/util/time/backoff-cap", testBackOffCap);

    return g_test_run();
}
