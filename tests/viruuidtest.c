/*
 * viruuidtest.c: tests for the UUID module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "virerror.h"

#define VIR_UUIDPRIV_H_ALLOW
#include "viruuidpriv.h"

static const unsigned char sampleRaw[VIR_UUID_BUFLEN] = {
    0xc7, 0xa5, 0xfd, 0xbd, 0xed, 0xaf, 0x9c, 0x42, 0xab, 0x1d, 0x00, 0x01, 0x02, 0xfe, 0x0f, 0xf0,
};
#define SAMPLE "c7a5fdbd-edaf-9c42-ab1d-000102fe0ff0"

typedef struct {
    const char *name;
    const char *input;
    bool valid;
} testParseCase;

static const testParseCase parseCases[] = {
    { "canonical", SAMPLE, true },
    { "upper", "C7A5FDBD-EDAF-9C42-AB1D-000102FE0FF0", true },
    { "no-dashes", "c7a5fdbdedaf9c42ab1d000102fe0ff0", true },
    { "odd-dashes", "c7-a5-fd-bd-ed-af-9c-42-ab-1d-00-01-02-fe-0f-f0", true },
    { "many-dashes", "c7a5fdbd----edaf9c42ab1d000102fe0ff0", true },
    { "leading-dash", "-c7a5fdbdedaf9c42ab1d000102fe0ff0", true },
    { "spaces-between", "c7a5fdbd edaf 9c42 ab1d 000102fe0ff0", true },
    { "surrounding-ws", " \t\n" SAMPLE " \n\t", true },
    { "empty", "", false },
    { "blank", "   ", false },
    { "short", "c7a5fdbd-edaf-9c42-ab1d-000102fe0ff", false },
    { "long", SAMPLE "0", false },
    { "long-pair", SAMPLE "00", false },
    { "trailing-dash", SAMPLE "-", false },
    { "dash-in-pair", "c-7a5fdbdedaf9c42ab1d000102fe0ff0", false },
    { "bad-char", "g7a5fdbd-edaf-9c42-ab1d-000102fe0ff0", false },
    { "braces", "{" SAMPLE "}", false },
    { "trailing-junk", SAMPLE " x", false },
    { "prefix-0x", "0x" SAMPLE, false },
};


static void
testParse(const void *opaque)
{
    const testParseCase *tc = opaque;
    unsigned char uuid[VIR_UUID_BUFLEN];
    char str[VIR_UUID_STRING_BUFLEN];

    memset(uuid, 0xAA, sizeof(uuid));
    virResetLastError();
    if (!tc->valid) {
        g_assert_cmpint(virUUIDParse(tc->input, uuid), ==, -1);
        /* output untouched, and no error reported (callers report) */
        g_assert_cmpint(uuid[0], ==, 0xAA);
        g_assert_cmpint(uuid[15], ==, 0xAA);
        g_assert_null(virGetLastError());
        return;
    }

    g_assert_cmpint(virUUIDParse(tc->input, uuid), ==, 0);
    g_assert_cmpmem(uuid, sizeof(uuid), sampleRaw, sizeof(sampleRaw));
    g_assert_cmpstr(virUUIDFormat(uuid, str), ==, SAMPLE);
}


static void
testParseNull(void)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    g_assert_cmpint(virUUIDParse(NULL, uuid), ==, -1);
}


static void
testFormat(void)
{
    unsigned char uuid[VIR_UUID_BUFLEN];
    char str[VIR_UUID_STRING_BUFLEN];

    memset(str, 'X', sizeof(str));
    g_assert_true(virUUIDFormat(sampleRaw, str) == str);
    g_assert_cmpstr(str, ==, SAMPLE);
    g_assert_cmpuint(strlen(str), ==, VIR_UUID_STRING_BUFLEN - 1);

    memset(uuid, 0, sizeof(uuid));
    g_assert_cmpstr(virUUIDFormat(uuid, str), ==, "00000000-0000-0000-0000-000000000000");
    memset(uuid, 0xff, sizeof(uuid));
    g_assert_cmpstr(virUUIDFormat(uuid, str), ==, "ffffffff-ffff-ffff-ffff-ffffffffffff");
}


static void
testGenerate(void)
{
    unsigned char a[VIR_UUID_BUFLEN];
    unsigned char b[VIR_UUID_BUFLEN];
    unsigned char back[VIR_UUID_BUFLEN];
    char str[VIR_UUID_STRING_BUFLEN];
    size_t i;

    for (i = 0; i < 64; i++) {
        g_assert_cmpint(virUUIDGenerate(a), ==, 0);
        g_assert_cmpint(virUUIDGenerate(b), ==, 0);
        g_assert_true(memcmp(a, b, sizeof(a)) != 0);
        /* version 4, variant 10xx */
        g_assert_cmpint(a[6] >> 4, ==, 4);
        g_assert_cmpint(a[8] >> 6, ==, 2);
        virUUIDFormat(a, str);
        g_assert_cmpint(str[14], ==, '4');
        g_assert_nonnull(strchr("89ab", str[19]));
        g_assert_cmpint(virUUIDParse(str, back), ==, 0);
        g_assert_cmpmem(a, sizeof(a), back, sizeof(back));
        g_assert_true(virUUIDIsValid(a));
    }
}


static void
testIsValid(void)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    g_assert_false(virUUIDIsValid(NULL));
    memset(uuid, 0, sizeof(uuid));
    g_assert_false(virUUIDIsValid(uuid));
    memset(uuid, 0xff, sizeof(uuid));
    g_assert_false(virUUIDIsValid(uuid));
    memset(uuid, 0x11, sizeof(uuid));
    g_assert_false(virUUIDIsValid(uuid));
    uuid[15] = 0x12;
    g_assert_true(virUUIDIsValid(uuid));
    g_assert_true(virUUIDIsValid(sampleRaw));
}


typedef struct {
    const char *name;
    const char *content; /* NULL: file missing */
    bool valid;
} testFileCase;

static const testFileCase fileCases[] = {
    { "dmi-style", SAMPLE "\n", true },
    { "upper", "C7A5FDBD-EDAF-9C42-AB1D-000102FE0FF0\n", true },
    { "missing", NULL, false },
    { "empty", "", false },
    { "zeros", "00000000-0000-0000-0000-000000000000\n", false },
    { "ones", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF\n", false },
    { "garbage", "Not Settable\n", false },
};


static void
testReadFile(const void *opaque)
{
    const testFileCase *tc = opaque;
    g_autofree char *dir = g_dir_make_tmp("viruuidtest-XXXXXX", NULL);
    g_autofree char *path = NULL;
    unsigned char uuid[VIR_UUID_BUFLEN] = { 0 };

    g_assert_nonnull(dir);
    path = g_build_filename(dir, "product_uuid", NULL);
    if (tc->content)
        g_assert_true(g_file_set_contents(path, tc->content, -1, NULL));

    virResetLastError();
    if (tc->valid) {
        g_assert_cmpint(virUUIDReadFile(path, uuid), ==, 0);
        g_assert_cmpmem(uuid, sizeof(uuid), sampleRaw, sizeof(sampleRaw));
    } else {
        g_assert_cmpint(virUUIDReadFile(path, uuid), ==, -1);
        g_assert_null(virGetLastError());
    }

    (void)unlink(path);
    g_assert_cmpint(rmdir(dir), ==, 0);
}


static void
testHostUUIDSet(void)
{
    unsigned char uuid[VIR_UUID_BUFLEN];

    virUUIDResetHostUUID();
    g_assert_cmpint(virSetHostUUIDStr("not-a-uuid"), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virSetHostUUIDStr("00000000-0000-0000-0000-000000000000"), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);

    g_assert_cmpint(virSetHostUUIDStr(SAMPLE), ==, 0);
    g_assert_cmpint(virSetHostUUIDStr(SAMPLE), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_INVALID);
    g_assert_cmpint(virSetHostUUIDStr(NULL), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OPERATION_INVALID);

    g_assert_cmpint(virGetHostUUID(uuid), ==, 0);
    g_assert_cmpmem(uuid, sizeof(uuid), sampleRaw, sizeof(sampleRaw));
    virUUIDResetHostUUID();
}


static void
testHostUUIDDefault(void)
{
    unsigned char a[VIR_UUID_BUFLEN];
    unsigned char b[VIR_UUID_BUFLEN];

    /* from DMI or random: either way valid and stable once chosen */
    virUUIDResetHostUUID();
    g_assert_cmpint(virGetHostUUID(a), ==, 0);
    g_assert_true(virUUIDIsValid(a));
    g_assert_cmpint(virGetHostUUID(b), ==, 0);
    g_assert_cmpmem(a, sizeof(a), b, sizeof(b));
    g_assert_cmpint(virSetHostUUIDStr(SAMPLE), ==, -1);

    virUUIDResetHostUUID();
    g_assert_cmpint(virSetHostUUIDStr(NULL), ==, 0);
    g_assert_cmpint(virGetHostUUID(b), ==, 0);
    g_assert_true(virUUIDIsValid(b));
    virUUIDResetHostUUID();
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

    ADD_TABLE("/util/uuid/parse", parseCases, testParse);
    g_test_add_func("/util/uuid/parse-null", testParseNull);
    g_test_add_func("/util/uuid/format", testFormat);
    g_test_add_func("/util/uuid/generate", testGenerate);
    g_test_add_func("/util/uuid/is-valid", testIsValid);
    ADD_TABLE("/util/uuid/read-file", fileCases, testReadFile);
    g_test_add_func("/util/uuid/host-set", testHostUUIDSet);
    g_test_add_func("/util/uuid/host-default", testHostUUIDDefault);

    return g_test_run();
}
