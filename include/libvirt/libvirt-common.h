/*
 * libvirt-common.h: definitions shared by every part of the public API
 *
 * Version macros, the free callback type, connection close reasons and
 * typed parameters (name/type/value records used by calls that take or
 * return variable sets of settings).
 *
 * Do not include this file directly: include <libvirt/libvirt.h>.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#ifndef __VIR_LIBVIRT_H_INCLUDES__
# error "Don't include this file directly, only use libvirt/libvirt.h"
#endif

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks calls kept only for old programs; newer replacements exist. */
#ifndef VIR_DEPRECATED
# if defined(__GNUC__) && (__GNUC__ > 3 || (__GNUC__ == 3 && __GNUC_MINOR__ >= 1))
#  define VIR_DEPRECATED __attribute__((__deprecated__))
# else
#  define VIR_DEPRECATED
# endif
#endif

/* Declares a variable exported by the library. */
#define VIR_EXPORT_VAR extern

/*
 * Version policy.
 *
 * LIBVIR_VERSION_NUMBER is the libvirt API level that these headers
 * reproduce, not modvirt's own release: libvirt 9.0.0, encoded as
 * major * 1,000,000 + minor * 1,000 + micro. Programs written for libvirt
 * test this number (directly or with LIBVIR_CHECK_VERSION) to decide which
 * calls and flags they may use, so reporting modvirt's own, much smaller,
 * number would make them fall back to ancient code paths or refuse to
 * build. virGetVersion() and virConnectGetLibVersion() report the same
 * number at run time. A call that modvirt does not implement is simply
 * absent from these headers, so a program that needs it fails to build
 * instead of failing at run time.
 *
 * MODVIRT_VERSION_NUMBER is modvirt's own release in the same encoding,
 * for programs that want to tell the two libraries apart.
 */
#define LIBVIR_VERSION_NUMBER 9000000
#define MODVIRT_VERSION_NUMBER 1000

/* True when the API level is at least major.minor.micro. */
#define LIBVIR_CHECK_VERSION(major, minor, micro)                                                  \
 ((major)*1000000 + (minor)*1000 + (micro) <= LIBVIR_VERSION_NUMBER)

/* Releases the opaque data handed to a callback registration. */
typedef void (*virFreeCallback)(void *opaque);

/* Why a connection was closed (for close callbacks). */
typedef enum {
    VIR_CONNECT_CLOSE_REASON_ERROR = 0,
    VIR_CONNECT_CLOSE_REASON_EOF = 1,
    VIR_CONNECT_CLOSE_REASON_KEEPALIVE = 2,
    VIR_CONNECT_CLOSE_REASON_CLIENT = 3,
#ifdef VIR_ENUM_SENTINELS
    VIR_CONNECT_CLOSE_REASON_LAST
#endif
} virConnectCloseReason;

/* Type of the value held in a virTypedParameter. */
typedef enum {
    VIR_TYPED_PARAM_INT = 1,
    VIR_TYPED_PARAM_UINT = 2,
    VIR_TYPED_PARAM_LLONG = 3,
    VIR_TYPED_PARAM_ULLONG = 4,
    VIR_TYPED_PARAM_DOUBLE = 5,
    VIR_TYPED_PARAM_BOOLEAN = 6,
    VIR_TYPED_PARAM_STRING = 7,
#ifdef VIR_ENUM_SENTINELS
    VIR_TYPED_PARAM_LAST
#endif
} virTypedParameterType;

/*
 * Flags understood by calls that take typed parameters. The two lowest
 * bits are left to virDomainModificationImpact.
 */
typedef enum {
    VIR_TYPED_PARAM_STRING_OKAY = 1 << 2,
} virTypedParameterFlags;

/* Size of the name field of a typed parameter, terminating NUL included. */
#define VIR_TYPED_PARAM_FIELD_LENGTH 80

/*
 * One named value. @field is NUL-terminated; @type selects the member of
 * @value that is valid. String values are owned by the parameter array and
 * released by virTypedParamsClear()/virTypedParamsFree().
 */
typedef struct _virTypedParameter virTypedParameter;
struct _virTypedParameter {
    char field[VIR_TYPED_PARAM_FIELD_LENGTH];
    int type;
    union {
        int i;
        unsigned int ui;
        long long int l;
        unsigned long long int ul;
        double d;
        char b;
        char *s;
    } value;
};
typedef virTypedParameter *virTypedParameterPtr;

/*
 * Lookups in an array of @nparams parameters. virTypedParamsGet returns
 * the first parameter called @name, or NULL. The typed getters return 1
 * and store the value when a parameter called @name exists, 0 when it
 * does not, and -1 with VIR_ERR_INVALID_ARG when it has another type.
 * Strings are borrowed from the array.
 */
virTypedParameterPtr virTypedParamsGet(virTypedParameterPtr params, int nparams, const char *name);
int virTypedParamsGetInt(virTypedParameterPtr params, int nparams, const char *name, int *value);
int virTypedParamsGetUInt(virTypedParameterPtr params,
                          int nparams,
                          const char *name,
                          unsigned int *value);
int virTypedParamsGetLLong(virTypedParameterPtr params,
                           int nparams,
                           const char *name,
                           long long *value);
int virTypedParamsGetULLong(virTypedParameterPtr params,
                            int nparams,
                            const char *name,
                            unsigned long long *value);
int
virTypedParamsGetDouble(virTypedParameterPtr params, int nparams, const char *name, double *value);
int
virTypedParamsGetBoolean(virTypedParameterPtr params, int nparams, const char *name, int *value);
int virTypedParamsGetString(virTypedParameterPtr params,
                            int nparams,
                            const char *name,
                            const char **value);

/*
 * Append a parameter to a growable array: *@params holds *@nparams
 * entries in room for *@maxparams; the array is reallocated as needed.
 * Return 0, or -1 with VIR_ERR_INVALID_ARG if @name is too long or
 * already present (except for virTypedParamsAddStringList, which adds one
 * entry per string). virTypedParamsAddFromString parses @value according
 * to @type. Strings are copied.
 */
int virTypedParamsAddInt(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, int value);
int virTypedParamsAddUInt(virTypedParameterPtr *params,
                          int *nparams,
                          int *maxparams,
                          const char *name,
                          unsigned int value);
int virTypedParamsAddLLong(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, long long value);
int virTypedParamsAddULLong(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            unsigned long long value);
int virTypedParamsAddDouble(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, double value);
int virTypedParamsAddBoolean(
    virTypedParameterPtr *params, int *nparams, int *maxparams, const char *name, int value);
int virTypedParamsAddString(virTypedParameterPtr *params,
                            int *nparams,
                            int *maxparams,
                            const char *name,
                            const char *value);
int virTypedParamsAddStringList(virTypedParameterPtr *params,
                                int *nparams,
                                int *maxparams,
                                const char *name,
                                const char **values);
int virTypedParamsAddFromString(virTypedParameterPtr *params,
                                int *nparams,
                                int *maxparams,
                                const char *name,
                                int type,
                                const char *value);

/* Frees the strings held by @params (the array itself stays). */
void virTypedParamsClear(virTypedParameterPtr params, int nparams);

/* Frees the strings held by @params and the array itself; NULL is fine. */
void virTypedParamsFree(virTypedParameterPtr params, int nparams);

#ifdef __cplusplus
}
#endif
