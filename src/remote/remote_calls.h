/*
 * remote_calls.h: generic calls for the object families of the remote driver
 *
 * Most REMOTE procedures take an object reference and a few scalars and
 * return one value (nothing, an int, a string, an object reference, a
 * list). Instead of filling each generated argument struct by hand, the
 * family files (remote_domain*.c, remote_network.c, remote_storage.c,
 * remote_secret.c) describe the arguments as a list of remoteArg values in
 * the procedure's field order; remoteCallArgs() builds the generated struct
 * through the procedure's XDR description (virnetprotocol.h), checks that
 * every value matches the type of its field, calls remoteCall() and frees
 * the arguments. The remoteCall*() variants also take the one value a
 * procedure returns out of its reply the same way.
 *
 * Errors are those of remoteCall(), plus VIR_ERR_INTERNAL_ERROR when a
 * caller's list does not match the description (a programming error) and
 * libvirt's remote driver texts for list limits.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "datatypes.h"

/* The kind of an argument value; each goes into fields of given XDR types. */
typedef enum {
    REMOTE_ARG_KIND_INT,    /* .v.i: an INT or CHAR field */
    REMOTE_ARG_KIND_UINT,   /* .v.u: a UINT or UCHAR field */
    REMOTE_ARG_KIND_HYPER,  /* .v.i: a HYPER field */
    REMOTE_ARG_KIND_UHYPER, /* .v.u: a UHYPER field */
    REMOTE_ARG_KIND_STRING, /* .v.s: a STRING (not NULL) or OPT_STRING (NULL: absent) */
    REMOTE_ARG_KIND_UUID,   /* .v.uuid: a fixed opaque of VIR_UUID_BUFLEN bytes */
    REMOTE_ARG_KIND_OBJECT, /* .v.obj: an API handle, for a field of its wire reference */
    REMOTE_ARG_KIND_BYTES,  /* .v.bytes: a variable opaque */
    REMOTE_ARG_KIND_PARAMS, /* .v.params: typed parameters */
} remoteArgKind;

/* One argument value (borrowed: copied into the wire struct). */
typedef struct _remoteArg remoteArg;
struct _remoteArg {
    remoteArgKind kind;
    union {
        int64_t i;
        uint64_t u;
        const char *s;
        const unsigned char *uuid;
        void *obj; /* virDomain, virNetwork, virStoragePool, virStorageVol,
                    * virSecret or virDomainSnapshot */
        struct {
            const void *data;
            size_t len;
        } bytes;
        struct {
            virTypedParameterPtr params;
            int nparams;
        } params;
    } v;
};

/* clang-format off */
#define REMOTE_ARG_INT(x) { .kind = REMOTE_ARG_KIND_INT, .v.i = (x) }
#define REMOTE_ARG_UINT(x) { .kind = REMOTE_ARG_KIND_UINT, .v.u = (x) }
#define REMOTE_ARG_HYPER(x) { .kind = REMOTE_ARG_KIND_HYPER, .v.i = (x) }
#define REMOTE_ARG_UHYPER(x) { .kind = REMOTE_ARG_KIND_UHYPER, .v.u = (x) }
#define REMOTE_ARG_STR(x) { .kind = REMOTE_ARG_KIND_STRING, .v.s = (x) }
#define REMOTE_ARG_UUID(x) { .kind = REMOTE_ARG_KIND_UUID, .v.uuid = (x) }
#define REMOTE_ARG_OBJ(x) { .kind = REMOTE_ARG_KIND_OBJECT, .v.obj = (x) }
#define REMOTE_ARG_BYTES(d, n) { .kind = REMOTE_ARG_KIND_BYTES, .v.bytes = { (d), (n) } }
#define REMOTE_ARG_PARAMS(p, n) { .kind = REMOTE_ARG_KIND_PARAMS, .v.params = { (p), (n) } }
/* clang-format on */

/*
 * remoteObjConn:
 * @obj: a domain, network, storage pool, storage volume, secret or
 *       snapshot handle
 *
 * Returns the connection of @obj (borrowed), or NULL for any other object.
 */
virConnect *remoteObjConn(void *obj);

/*
 * remoteCallArgs:
 * @conn: a connection of the remote driver
 * @proc: a REMOTE_PROC_* procedure
 * @args: one value per field of the procedure's arguments, in order
 *        (NULL with @nargs 0 for a procedure without arguments)
 * @nargs: the number of values
 * @ret: as for remoteCall(): a zeroed return struct, or NULL for void
 *
 * Builds the arguments of @proc, calls remoteCall() and frees them.
 * Typed parameters over the field's limit fail with VIR_ERR_RPC "too many
 * parameters 'N' for limit 'M'", as libvirt's client.
 *
 * Returns 0, or -1 with an error.
 */
int remoteCallArgs(virConnect *conn, int proc, const remoteArg *args, size_t nargs, void *ret);

/*
 * remoteStreamCallArgs:
 * @st: a stream of the remote connection, not yet attached
 *
 * remoteCallArgs() for a procedure that opens a stream and returns
 * nothing else: see remoteStreamCall() (remote_driver_priv.h).
 */
int remoteStreamCallArgs(virStream *st, int proc, const remoteArg *args, size_t nargs);

/*
 * remoteCallInt / remoteCallULLong / remoteCallString / remoteCallObject:
 * remoteCallArgs() for a procedure whose reply has one field: an INT or
 * UINT (stored in *@value), a UHYPER (stored in *@value), a string
 * (returned: a new string the caller frees; NULL for an absent optional
 * string is an error too) or an object reference (returned: a new
 * reference to a handle of @conn, virDomainSnapshot included).
 *
 * Return 0 / the value, or -1 / NULL with an error; *@value is written
 * only on success.
 */
int remoteCallInt(virConnect *conn, int proc, const remoteArg *args, size_t nargs, int *value);
int remoteCallULLong(
    virConnect *conn, int proc, const remoteArg *args, size_t nargs, unsigned long long *value);
char *remoteCallString(virConnect *conn, int proc, const remoteArg *args, size_t nargs);
void *remoteCallObject(virConnect *conn, int proc, const remoteArg *args, size_t nargs);

/*
 * remoteCallNames:
 * @names: where to store at most @maxnames new strings (caller frees)
 * @maxnames: the caller's array size, also sent as one of @args
 *
 * remoteCallArgs() for the legacy name lists (reply: one string array):
 * fails like libvirt's client with VIR_ERR_RPC "too many remote strings:
 * N > M,in parameter 'names' for 'virXxx'" when @maxnames is over the
 * protocol limit or the server returns more than @maxnames names.
 *
 * Returns the number of names stored, or -1 with an error.
 */
int remoteCallNames(
    virConnect *conn, int proc, const remoteArg *args, size_t nargs, char **names, int maxnames);

/*
 * remoteCallList:
 * @objs: where to store a new NULL-terminated array of new handles (free
 *        each with virObjectUnref and the array with g_free), or NULL when
 *        only counting; @args must then carry need_results = !!@objs
 *
 * remoteCallArgs() for the LIST_ALL_* procedures (reply: an array of
 * object references and the count "ret").
 *
 * Returns the server's count, or -1 with an error (*@objs untouched).
 */
int remoteCallList(virConnect *conn, int proc, const remoteArg *args, size_t nargs, void ***objs);

/*
 * Shortcuts for procedures whose first argument is @obj (its connection is
 * used); the names say the remaining arguments and the return:
 * Void {obj}, Flags {obj, flags}, Str {obj, s}, StrFlags {obj, s, flags},
 * Int {obj} -> int, FlagsInt {obj, flags} -> int, String {obj} -> char *,
 * FlagsString {obj, flags} -> char *, FlagsObject {obj, flags} -> handle,
 * StrObject {obj, s} -> handle, StrFlagsObject {obj, s, flags} -> handle,
 * ListAll {obj, need_results, flags} -> list (see remoteCallList),
 * SetAutostart {obj, autostart}, GetAutostart {obj} -> *autostart.
 * Each returns what its remoteCall* counterpart returns.
 */
int remoteObjVoid(void *obj, int proc);
int remoteObjFlags(void *obj, int proc, unsigned int flags);
int remoteObjStr(void *obj, int proc, const char *s);
int remoteObjStrFlags(void *obj, int proc, const char *s, unsigned int flags);
int remoteObjInt(void *obj, int proc);
int remoteObjFlagsInt(void *obj, int proc, unsigned int flags);
char *remoteObjString(void *obj, int proc);
char *remoteObjFlagsString(void *obj, int proc, unsigned int flags);
void *remoteObjFlagsObject(void *obj, int proc, unsigned int flags);
void *remoteObjStrObject(void *obj, int proc, const char *s);
void *remoteObjStrFlagsObject(void *obj, int proc, const char *s, unsigned int flags);
int remoteObjListAll(void *obj, int proc, void ***objs, unsigned int flags);
int remoteObjSetAutostart(void *obj, int proc, int autostart);
int remoteObjGetAutostart(void *obj, int proc, int *autostart);

/*
 * Shortcuts for connection-level procedures: Num {} -> int,
 * ListNames {maxnames} -> names (see remoteCallNames),
 * ListAll {need_results, flags} -> list, StrObject {s} -> handle,
 * StrFlagsObject {s, flags} -> handle, UUIDObject {uuid} -> handle,
 * StrFlagsString {s, flags} -> char *.
 */
int remoteConnNum(virConnect *conn, int proc);
int remoteConnListNames(virConnect *conn, int proc, char **names, int maxnames);
int remoteConnListAll(virConnect *conn, int proc, void ***objs, unsigned int flags);
void *remoteConnStrObject(virConnect *conn, int proc, const char *s);
void *remoteConnStrFlagsObject(virConnect *conn, int proc, const char *s, unsigned int flags);
void *remoteConnUUIDObject(virConnect *conn, int proc, const unsigned char *uuid);
char *remoteConnStrFlagsString(virConnect *conn, int proc, const char *s, unsigned int flags);
