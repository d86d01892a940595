/*
 * viruritest.c: tests for the URI module
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virconf.h"
#include "virerror.h"
#include "viruri.h"

#define VIR_FROM_THIS VIR_FROM_NONE

#define TEST_MAX_PARAMS 8

typedef struct {
    const char *name;   /* test path suffix */
    const char *uri;    /* input */
    const char *scheme; /* expected fields */
    const char *server;
    const char *user;
    int port;
    const char *path;
    const char *query;
    const char *fragment;
    const char *params[TEST_MAX_PARAMS * 2 + 1]; /* name, value, ..., NULL */
    const char *formatted;                       /* expected virURIFormat(); NULL: same as @uri */
} testURIData;

/* clang-format off */
static const testURIData uriGood[] = {
    { "qemu-system", "qemu:///system", "qemu", NULL, NULL, 0, "/system", NULL, NULL, { NULL },
      NULL },
    { "qemu-session", "qemu:///session", "qemu", NULL, NULL, 0, "/session", NULL, NULL, { NULL },
      NULL },
    { "test-default", "test:///default", "test", NULL, NULL, 0, "/default", NULL, NULL, { NULL },
      NULL },
    { "test-abs-path", "test:///abs/path.xml", "test", NULL, NULL, 0, "/abs/path.xml", NULL, NULL,
      { NULL }, NULL },
    { "ssh-user-port-params", "qemu+ssh://user@host:2222/system?socket=/x&no_verify=1",
      "qemu+ssh", "host", "user", 2222, "/system", "socket=/x&no_verify=1", NULL,
      { "socket", "/x", "no_verify", "1", NULL }, NULL },
    { "esx-root-path", "esx://host/?no_verify=1", "esx", "host", NULL, 0, "/", "no_verify=1", NULL,
      { "no_verify", "1", NULL }, NULL },
    { "ipv6", "qemu+tcp://[::1]/system", "qemu+tcp", "::1", NULL, 0, "/system", NULL, NULL,
      { NULL }, NULL },
    { "ipv6-port", "qemu+tcp://[2001:db8::5]:16509/system", "qemu+tcp", "2001:db8::5", NULL,
      16509, "/system", NULL, NULL, { NULL }, NULL },
    { "ipv6-zone", "qemu+tcp://[fe80::1%25eth0]:1234/system", "qemu+tcp", "fe80::1%eth0", NULL,
      1234, "/system", NULL, NULL, { NULL }, NULL },
    { "ipv4-port", "qemu+tls://192.0.2.7:16514/system", "qemu+tls", "192.0.2.7", NULL, 16514,
      "/system", NULL, NULL, { NULL }, NULL },
    { "xen-empty", "xen://", "xen", NULL, NULL, 0, NULL, NULL, NULL, { NULL }, NULL },
    { "qemu-empty", "qemu://", "qemu", NULL, NULL, 0, NULL, NULL, NULL, { NULL }, NULL },
    { "lxc-root", "lxc:///", "lxc", NULL, NULL, 0, "/", NULL, NULL, { NULL }, NULL },
    { "host-no-path", "esx://esx1.example.com", "esx", "esx1.example.com", NULL, 0, NULL, NULL,
      NULL, { NULL }, NULL },
    { "host-case-kept", "qemu://Host.Example.COM/system", "qemu", "Host.Example.COM", NULL, 0,
      "/system", NULL, NULL, { NULL }, NULL },
    { "escaped-path", "test:///path%20with%20space.xml", "test", NULL, NULL, 0,
      "/path with space.xml", NULL, NULL, { NULL }, NULL },
    { "escaped-user", "qemu+ssh://user%40example@host/system", "qemu+ssh", "host", "user@example",
      0, "/system", NULL, NULL, { NULL }, NULL },
    { "user-password", "esx://root:secret@host/", "esx", "host", "root:secret", 0, "/", NULL, NULL,
      { NULL }, NULL },
    { "params-duplicates", "qemu://h/p?a=1&b=2&a=3", "qemu", "h", NULL, 0, "/p", "a=1&b=2&a=3",
      NULL, { "a", "1", "b", "2", "a", "3", NULL }, NULL },
    { "params-encoded", "qemu://h/p?sock=%2Ftmp%2Fs&x=a%20b&y=a+b&k%3D=v",
      "qemu", "h", NULL, 0, "/p", "sock=%2Ftmp%2Fs&x=a%20b&y=a+b&k%3D=v", NULL,
      { "sock", "/tmp/s", "x", "a b", "y", "a+b", "k=", "v", NULL }, NULL },
    /* "name" alone has an empty value; "=value" and empty chunks are dropped */
    { "params-odd", "qemu://h/p?flag&=ignored&&empty=", "qemu", "h", NULL, 0, "/p",
      "flag&=ignored&&empty=", NULL, { "flag", "", "empty", "", NULL }, NULL },
    { "params-semicolon", "qemu://h/p?a=1;b=2", "qemu", "h", NULL, 0, "/p", "a=1;b=2", NULL,
      { "a", "1", "b", "2", NULL }, NULL },
    /* libvirt quirk: ';' only separates once no '&' is left */
    { "params-mixed-sep", "qemu://h/p?a=1;b=2&c=3", "qemu", "h", NULL, 0, "/p", "a=1;b=2&c=3",
      NULL, { "a", "1;b=2", "c", "3", NULL }, NULL },
    { "params-empty-query", "qemu://h/?", "qemu", "h", NULL, 0, "/", "", NULL, { NULL }, NULL },
    { "fragment", "qemu://h/p?a=1#frag%20x", "qemu", "h", NULL, 0, "/p", "a=1", "frag x",
      { "a", "1", NULL }, NULL },
    { "vpx-path", "vpx://vc.example.com/dc1/cluster1/esx1?no_verify=1", "vpx", "vc.example.com",
      NULL, 0, "/dc1/cluster1/esx1", "no_verify=1", NULL, { "no_verify", "1", NULL }, NULL },
    { "unix-socket", "qemu+unix:///system?socket=/tmp/my-sock", "qemu+unix", NULL, NULL, 0,
      "/system", "socket=/tmp/my-sock", NULL, { "socket", "/tmp/my-sock", NULL }, NULL },
    { "keyfile-escaped", "qemu+ssh://h/system?keyfile=%7E%2F.ssh%2Fid", "qemu+ssh", "h", NULL, 0,
      "/system", "keyfile=%7E%2F.ssh%2Fid", NULL, { "keyfile", "~/.ssh/id", NULL }, NULL },
    { "relative", "xen", NULL, NULL, NULL, 0, "xen", NULL, NULL, { NULL }, NULL },
    { "relative-colon-escaped", "a%3Ab/c:d", NULL, NULL, NULL, 0, "a:b/c:d", NULL, NULL,
      { NULL }, "a%3Ab/c:d" },
    { "network-path", "//host:22/p?x=1", NULL, "host", NULL, 22, "/p", "x=1", NULL,
      { "x", "1", NULL }, NULL },
    { "empty-string", "", NULL, NULL, NULL, 0, NULL, NULL, NULL, { NULL }, NULL },
    /* normalisations: the text changes, the meaning does not */
    { "no-authority", "qemu:/system", "qemu", NULL, NULL, 0, "/system", NULL, NULL, { NULL },
      "qemu:///system" },
    { "scheme-upper", "QEMU:///system", "qemu", NULL, NULL, 0, "/system", NULL, NULL, { NULL },
      "qemu:///system" },
    { "port-zero", "qemu://host:0/system", "qemu", "host", NULL, 0, "/system", NULL, NULL,
      { NULL }, "qemu://host/system" },
    { "port-empty", "qemu://host:/system", "qemu", "host", NULL, 0, "/system", NULL, NULL,
      { NULL }, "qemu://host/system" },
    { "escaped-slash", "qemu://h/a%2Fb", "qemu", "h", NULL, 0, "/a/b", NULL, NULL, { NULL },
      "qemu://h/a/b" },
    { "escaped-unreserved", "test:///%64efault", "test", NULL, NULL, 0, "/default", NULL, NULL,
      { NULL }, "test:///default" },
};

static const char *const uriBad[] = {
    "qemu://host:abc/system",
    "qemu://host:99999/system",
    "qemu://host:-1/system",
    "qemu://[::1/system",
    "qemu://[zz::1]/system",
    "qemu://h/%zz",
    "qemu://h/%4",
    "qemu://h/%00",
    "qemu://h/?a=%00",
    "qemu://h/?a=%g1",
    "qemu://h/a b",
    "qemu:///system?socket=/tmp/a b",
    "foo bar",
    "://x",
    "1abc:foo",
    "qemu://h/a<b>",
    "qemu://h/a\"b",
    "qemu://h/a{b}",
    "qemu://h/a\\b",
    "qemu://h/caf\xc3\xa9",
    "qemu://h/\x01",
    "qemu://h/%ff",
};
/* clang-format on */


static void
testCheckParseError(const char *uri)
{
    g_autofree char *expected =
        g_strdup_printf("internal error: Unable to parse URI %s", NULLSTR(uri));

    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_URI);
    g_assert_cmpstr(virGetLastErrorMessage(), ==, expected);
}


static void
testURIParse(const void *opaque)
{
    const testURIData *data = opaque;
    g_autoptr(virURI) uri = NULL;
    g_autofree char *formatted = NULL;
    size_t n = 0;
    size_t i;

    virResetLastError();
    uri = virURIParse(data->uri);
    g_assert_nonnull(uri);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_OK);

    g_assert_cmpstr(uri->scheme, ==, data->scheme);
    g_assert_cmpstr(uri->server, ==, data->server);
    g_assert_cmpstr(uri->user, ==, data->user);
    g_assert_cmpint(uri->port, ==, data->port);
    g_assert_cmpstr(uri->path, ==, data->path);
    g_assert_cmpstr(uri->query, ==, data->query);
    g_assert_cmpstr(uri->fragment, ==, data->fragment);

    while (data->params[n * 2])
        n++;
    g_assert_cmpuint(uri->paramsCount, ==, n);
    g_assert_cmpuint(uri->paramsAlloc, >=, uri->paramsCount);
    for (i = 0; i < n; i++) {
        g_assert_cmpstr(uri->params[i].name, ==, data->params[i * 2]);
        g_assert_cmpstr(uri->params[i].value, ==, data->params[i * 2 + 1]);
        g_assert_false(uri->params[i].ignore);
    }

    formatted = virURIFormat(uri);
    g_assert_cmpstr(formatted, ==, data->formatted ? data->formatted : data->uri);
}


/* Formatting the parse of a formatted URI gives the same text again. */
static void
testURIFormatStable(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(uriGood); i++) {
        g_autoptr(virURI) first = virURIParse(uriGood[i].uri);
        g_autofree char *once = virURIFormat(first);
        g_autoptr(virURI) second = virURIParse(once);
        g_autofree char *twice = virURIFormat(second);

        g_assert_cmpstr(once, ==, twice);
    }
}


static void
testURIParseBad(const void *opaque)
{
    const char *uri = opaque;

    virResetLastError();
    g_assert_null(virURIParse(uri));
    testCheckParseError(uri);
}


static void
testURIParseNullAndHuge(void)
{
    g_autofree char *huge = NULL;
    GString *str = g_string_new("qemu://host/");

    virResetLastError();
    g_assert_null(virURIParse(NULL));
    testCheckParseError(NULL);

    while (str->len <= 64 * 1024)
        g_string_append(str, "aaaaaaaaaaaaaaaa");
    huge = g_string_free(str, FALSE);
    virResetLastError();
    g_assert_null(virURIParse(huge));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);

    /* just below the cap is fine */
    huge[64 * 1024] = '\0';
    {
        g_autoptr(virURI) uri = virURIParse(huge);

        g_assert_nonnull(uri);
        g_assert_cmpstr(uri->server, ==, "host");
    }
}


/* A virURI built by hand: brackets, slash before a relative path, port. */
static void
testURIFormatBuilt(void)
{
    virURI uri = { 0 };
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;
    g_autofree char *c = NULL;
    g_autofree char *d = NULL;

    uri.scheme = (char *)"qemu+tcp";
    uri.server = (char *)"2001:db8::1";
    uri.port = 16509;
    uri.path = (char *)"system";
    a = virURIFormat(&uri);
    g_assert_cmpstr(a, ==, "qemu+tcp://[2001:db8::1]:16509/system");

    uri.server = NULL;
    uri.port = 0;
    uri.path = (char *)"/var/lib/a b#c";
    uri.fragment = (char *)"x y";
    b = virURIFormat(&uri);
    g_assert_cmpstr(b, ==, "qemu+tcp:///var/lib/a%20b%23c#x%20y");

    uri.scheme = NULL;
    uri.fragment = NULL;
    uri.path = (char *)"relative";
    c = virURIFormat(&uri);
    g_assert_cmpstr(c, ==, "relative");

    /* a ':' in the first segment must not turn into a scheme */
    uri.path = (char *)"c:d/e:f";
    d = virURIFormat(&uri);
    g_assert_cmpstr(d, ==, "c%3Ad/e:f");
}


static void
testURIFormatParams(void)
{
    const char *const drop[] = { "NO_VERIFY", "pkipath", NULL };
    g_autoptr(virURI) uri = NULL;
    g_autofree char *all = NULL;
    g_autofree char *kept = NULL;
    g_autofree char *full = NULL;
    g_autofree char *none = NULL;

    uri = virURIParse("qemu+ssh://h/system?b=x%20y&no_verify=1&a=%2Ftmp%2Fs&c&d=%7E");
    g_assert_nonnull(uri);

    all = virURIFormatParams(uri);
    g_assert_cmpstr(all, ==, "b=x%20y&no_verify=1&a=%2Ftmp%2Fs&c=&d=~");

    virURIParamsSetIgnore(uri, true, drop);
    g_assert_true(uri->params[1].ignore);
    kept = virURIFormatParams(uri);
    g_assert_cmpstr(kept, ==, "b=x%20y&a=%2Ftmp%2Fs&c=&d=~");

    g_free(uri->query);
    uri->query = g_steal_pointer(&kept);
    full = virURIFormat(uri);
    g_assert_cmpstr(full, ==, "qemu+ssh://h/system?b=x%20y&a=%2Ftmp%2Fs&c=&d=~");

    virURIParamsSetIgnore(uri, false, drop);
    g_assert_false(uri->params[1].ignore);

    {
        g_autoptr(virURI) bare = virURIParse("qemu:///system");

        none = virURIFormatParams(bare);
        g_assert_cmpstr(none, ==, "");
    }
}


static void
testURIGetParam(void)
{
    g_autoptr(virURI) uri = virURIParse("esx://h/?No_Verify=1&x=first&X=second&empty");

    g_assert_nonnull(uri);
    g_assert_cmpstr(virURIGetParam(uri, "no_verify"), ==, "1");
    g_assert_cmpstr(virURIGetParam(uri, "x"), ==, "first");
    g_assert_cmpstr(virURIGetParam(uri, "EMPTY"), ==, "");

    virResetLastError();
    g_assert_null(virURIGetParam(uri, "socket"));
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
    g_assert_cmpint(virGetLastErrorDomain(), ==, VIR_FROM_URI);
    g_assert_cmpstr(virGetLastErrorMessage(), ==,
                    "invalid argument: Missing URI parameter 'socket'");
}


typedef struct {
    const char *uri;
    bool expected;
} testUnixSocketData;

static void
testURICheckUnixSocket(void)
{
    static const testUnixSocketData cases[] = {
        { "qemu+unix:///system?socket=/tmp/s", true },
        { "qemu+unix:///system?SOCKET=/tmp/s", true },
        { "qemu+unix:///system", false },
        { "qemu:///system?socket=/tmp/s", false },
        { "qemu+ssh://h/system?socket=/tmp/s", false },
        { "qemu+unixx:///system?socket=/tmp/s", false },
        { "/relative?socket=/tmp/s", false },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(virURI) uri = virURIParse(cases[i].uri);

        g_assert_nonnull(uri);
        if (virURICheckUnixSocket(uri) != cases[i].expected)
            g_error("virURICheckUnixSocket('%s') != %d", cases[i].uri, cases[i].expected);
    }
}


typedef struct {
    const char *scheme;
    const char *driver; /* NULL: expect an error */
    const char *transport;
} testSplitData;

static void
testURISplitScheme(void)
{
    /* clang-format off */
    static const testSplitData cases[] = {
        { "qemu+ssh", "qemu", "ssh" },
        { "qemu", "qemu", NULL },
        { "test+unix", "test", "unix" },
        { "esx", "esx", NULL },
        { "qemu+", NULL, NULL },
        { "+ssh", NULL, NULL },
        { "qemu+ssh+x", NULL, NULL },
        { "", NULL, NULL },
        { NULL, NULL, NULL },
    };
    /* clang-format on */
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *driver = (char *)"untouched";
        char *transport = (char *)"untouched";
        int rc;

        virResetLastError();
        rc = virURISplitScheme(cases[i].scheme, &driver, &transport);
        if (!cases[i].driver) {
            g_assert_cmpint(rc, ==, -1);
            g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INVALID_ARG);
            g_assert_cmpstr(driver, ==, "untouched");
            g_assert_cmpstr(transport, ==, "untouched");
            continue;
        }
        g_assert_cmpint(rc, ==, 0);
        g_assert_cmpstr(driver, ==, cases[i].driver);
        g_assert_cmpstr(transport, ==, cases[i].transport);
        g_free(driver);
        g_free(transport);
    }
}


static void
testURIResolveAlias(void)
{
    g_autoptr(virConf) conf = NULL;
    g_autoptr(virConf) bad1 = NULL;
    g_autoptr(virConf) bad2 = NULL;
    g_autoptr(virConf) wrongtype = NULL;
    g_autoptr(virConf) empty = NULL;
    char *uri = (char *)"untouched";

    conf = virConfReadString("uri_aliases = [\n"
                             "  \"hail=qemu+ssh://root@hail.example.com/system\",\n"
                             "  \"sleet-2=qemu+ssh://root@sleet.example.com/system\",\n"
                             "]\n",
                             0);
    g_assert_nonnull(conf);

    g_assert_cmpint(virURIResolveAlias(conf, "hail", &uri), ==, 0);
    g_assert_cmpstr(uri, ==, "qemu+ssh://root@hail.example.com/system");
    g_free(uri);
    g_assert_cmpint(virURIResolveAlias(conf, "sleet-2", &uri), ==, 0);
    g_assert_cmpstr(uri, ==, "qemu+ssh://root@sleet.example.com/system");
    g_free(uri);
    /* a prefix of an alias is not the alias */
    g_assert_cmpint(virURIResolveAlias(conf, "hai", &uri), ==, 0);
    g_assert_null(uri);
    g_assert_cmpint(virURIResolveAlias(NULL, "hail", &uri), ==, 0);
    g_assert_null(uri);

    empty = virConfReadString("# nothing\n", 0);
    g_assert_cmpint(virURIResolveAlias(empty, "hail", &uri), ==, 0);
    g_assert_null(uri);

    bad1 = virConfReadString("uri_aliases = [ \"hail\" ]\n", 0);
    virResetLastError();
    g_assert_cmpint(virURIResolveAlias(bad1, "hail", &uri), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "expected 'alias=uri://host/path'"));

    bad2 = virConfReadString("uri_aliases = [ \"ha il=qemu:///system\" ]\n", 0);
    virResetLastError();
    g_assert_cmpint(virURIResolveAlias(bad2, "hail", &uri), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_CONF_SYNTAX);
    g_assert_nonnull(strstr(virGetLastErrorMessage(), "aliases may only contain"));

    wrongtype = virConfReadString("uri_aliases = \"hail=qemu:///system\"\n", 0);
    virResetLastError();
    g_assert_cmpint(virURIResolveAlias(wrongtype, "hail", &uri), ==, -1);
    g_assert_cmpint(virGetLastErrorCode(), ==, VIR_ERR_INTERNAL_ERROR);
}


int
main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);

    for (i = 0; i < G_N_ELEMENTS(uriGood); i++) {
        g_autofree char *path = g_strdup_printf("/util/uri/parse/%s", uriGood[i].name);

        g_test_add_data_func(path, &uriGood[i], testURIParse);
    }
    for (i = 0; i < G_N_ELEMENTS(uriBad); i++) {
        g_autofree char *path = g_strdup_printf("/util/uri/bad/%zu", i);

        g_test_add_data_func(path, uriBad[i], testURIParseBad);
    }
    g_test_add_func("/util/uri/bad/null-and-huge", testURIParseNullAndHuge);
    g_test_add_func("/util/uri/format/stable", testURIFormatStable);
    g_test_add_func("/util/uri/format/built", testURIFormatBuilt);
    g_test_add_func("/util/uri/format/params", testURIFormatParams);
    g_test_add_func("/util/uri/param/get", testURIGetParam);
    g_test_add_func("/util/uri/param/unix-socket", testURICheckUnixSocket);
    g_test_add_func("/util/uri/scheme/split", testURISplitScheme);
    g_test_add_func("/util/uri/alias/resolve", testURIResolveAlias);

    return g_test_run();
}
