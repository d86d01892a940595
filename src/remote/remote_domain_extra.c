/*
 * remote_domain_extra.c: the remote driver's domain save/restore, managed
 * save, core dump, metadata, rename, messages and snapshot calls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "remote_calls.h"
#include "remote_driver_priv.h"
#include "virerror.h"
#include "virlog.h"

#define VIR_FROM_THIS VIR_FROM_REMOTE

VIR_LOG_INIT("remote.remote_domain_extra");


static int
remoteDomainSave(virDomain *domain, const char *to)
{
    if (remoteObjStr(domain, REMOTE_PROC_DOMAIN_SAVE, to) < 0)
        return -1;
    /* as libvirt's client: the saved domain is no longer running */
    domain->id = -1;
    return 0;
}


static int
remoteDomainSaveFlags(virDomain *domain, const char *to, const char *dxml, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_STR(to), REMOTE_ARG_STR(dxml),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_SAVE_FLAGS, args, G_N_ELEMENTS(args),
                          NULL);
}


static int
remoteDomainSaveParams(virDomain *domain,
                       virTypedParameter *params,
                       int nparams,
                       unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_PARAMS(params, nparams),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_SAVE_PARAMS, args, G_N_ELEMENTS(args),
                          NULL);
}


static int
remoteDomainRestore(virConnect *conn, const char *from)
{
    remoteArg args[] = { REMOTE_ARG_STR(from) };

    return remoteCallArgs(conn, REMOTE_PROC_DOMAIN_RESTORE, args, G_N_ELEMENTS(args), NULL);
}


/* {s1, s2, flags}: DOMAIN_RESTORE_FLAGS and DOMAIN_SAVE_IMAGE_DEFINE_XML. */
static int
remoteConnStrStrFlags(
    virConnect *conn, int proc, const char *s1, const char *s2, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_STR(s1), REMOTE_ARG_STR(s2), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(conn, proc, args, G_N_ELEMENTS(args), NULL);
}


static int
remoteDomainRestoreFlags(virConnect *conn, const char *from, const char *dxml, unsigned int flags)
{
    return remoteConnStrStrFlags(conn, REMOTE_PROC_DOMAIN_RESTORE_FLAGS, from, dxml, flags);
}


static int
remoteDomainRestoreParams(virConnect *conn,
                          virTypedParameter *params,
                          int nparams,
                          unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_PARAMS(params, nparams), REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(conn, REMOTE_PROC_DOMAIN_RESTORE_PARAMS, args, G_N_ELEMENTS(args), NULL);
}


static char *
remoteDomainSaveImageGetXMLDesc(virConnect *conn, const char *file, unsigned int flags)
{
    return remoteConnStrFlagsString(conn, REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC, file, flags);
}


static int
remoteDomainSaveImageDefineXML(virConnect *conn,
                               const char *file,
                               const char *dxml,
                               unsigned int flags)
{
    return remoteConnStrStrFlags(conn, REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML, file, dxml, flags);
}


static int
remoteDomainManagedSave(virDomain *dom, unsigned int flags)
{
    if (remoteObjFlags(dom, REMOTE_PROC_DOMAIN_MANAGED_SAVE, flags) < 0)
        return -1;
    /* as libvirt's client: the saved domain is no longer running */
    dom->id = -1;
    return 0;
}


static int
remoteDomainHasManagedSaveImage(virDomain *dom, unsigned int flags)
{
    return remoteObjFlagsInt(dom, REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE, flags);
}


static int
remoteDomainManagedSaveRemove(virDomain *dom, unsigned int flags)
{
    return remoteObjFlags(dom, REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE, flags);
}


static char *
remoteDomainManagedSaveGetXMLDesc(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsString(domain, REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC, flags);
}


static int
remoteDomainManagedSaveDefineXML(virDomain *domain, const char *dxml, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML, dxml, flags);
}


static int
remoteDomainCoreDump(virDomain *domain, const char *to, unsigned int flags)
{
    return remoteObjStrFlags(domain, REMOTE_PROC_DOMAIN_CORE_DUMP, to, flags);
}


static int
remoteDomainCoreDumpWithFormat(virDomain *domain,
                               const char *to,
                               unsigned int dumpformat,
                               unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_STR(to), REMOTE_ARG_UINT(dumpformat),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT, args,
                          G_N_ELEMENTS(args), NULL);
}


static char *
remoteDomainGetMetadata(virDomain *domain, int type, const char *uri, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_INT(type), REMOTE_ARG_STR(uri),
                         REMOTE_ARG_UINT(flags) };

    return remoteCallString(domain->conn, REMOTE_PROC_DOMAIN_GET_METADATA, args,
                            G_N_ELEMENTS(args));
}


static int
remoteDomainSetMetadata(virDomain *domain,
                        int type,
                        const char *metadata,
                        const char *key,
                        const char *uri,
                        unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_INT(type), REMOTE_ARG_STR(metadata),
                         REMOTE_ARG_STR(key),    REMOTE_ARG_STR(uri),  REMOTE_ARG_UINT(flags) };

    return remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_SET_METADATA, args, G_N_ELEMENTS(args),
                          NULL);
}


static int
remoteDomainRename(virDomain *dom, const char *new_name, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(dom), REMOTE_ARG_STR(new_name), REMOTE_ARG_UINT(flags) };
    int retcode;

    if (remoteCallInt(dom->conn, REMOTE_PROC_DOMAIN_RENAME, args, G_N_ELEMENTS(args), &retcode) < 0)
        return -1;
    /* the handle follows the new name, as libvirt's client */
    if (retcode == 0) {
        g_free(dom->name);
        dom->name = g_strdup(new_name);
    }
    return retcode;
}


static int
remoteDomainGetMessages(virDomain *domain, char ***msgs, unsigned int flags)
{
    remote_domain_get_messages_ret ret = { 0 };
    remoteArg args[] = { REMOTE_ARG_OBJ(domain), REMOTE_ARG_UINT(flags) };
    char **vals;
    size_t i;

    if (remoteCallArgs(domain->conn, REMOTE_PROC_DOMAIN_GET_MESSAGES, args, G_N_ELEMENTS(args),
                       &ret) < 0)
        return -1;
    /* the decoder has enforced the protocol's limit on the count */
    vals = ret.msgs.val;
    *msgs = g_new0(char *, ret.msgs.len + 1);
    for (i = 0; i < ret.msgs.len; i++)
        (*msgs)[i] = g_steal_pointer(&vals[i]);
    remoteFreeRet(REMOTE_PROC_DOMAIN_GET_MESSAGES, &ret);
    return i;
}


static virDomainSnapshot *
remoteDomainSnapshotCreateXML(virDomain *domain, const char *xmlDesc, unsigned int flags)
{
    return remoteObjStrFlagsObject(domain, REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML, xmlDesc, flags);
}


static char *
remoteDomainSnapshotGetXMLDesc(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlagsString(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC, flags);
}


static int
remoteDomainSnapshotNum(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsInt(domain, REMOTE_PROC_DOMAIN_SNAPSHOT_NUM, flags);
}


/* {obj, maxnames, flags} -> names: the snapshot name lists of a domain
 * (@obj a virDomain) or of a snapshot's children (a virDomainSnapshot). */
static int
remoteSnapshotNames(void *obj, int proc, char **names, int nameslen, unsigned int flags)
{
    remoteArg args[] = { REMOTE_ARG_OBJ(obj), REMOTE_ARG_INT(nameslen), REMOTE_ARG_UINT(flags) };

    return remoteCallNames(remoteObjConn(obj), proc, args, G_N_ELEMENTS(args), names, nameslen);
}


static int
remoteDomainSnapshotListNames(virDomain *domain, char **names, int nameslen, unsigned int flags)
{
    return remoteSnapshotNames(domain, REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES, names, nameslen,
                               flags);
}


static int
remoteDomainListAllSnapshots(virDomain *domain, virDomainSnapshot ***snaps, unsigned int flags)
{
    return remoteObjListAll(domain, REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS, (void ***)snaps, flags);
}


static int
remoteDomainSnapshotNumChildren(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlagsInt(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN, flags);
}


static int
remoteDomainSnapshotListChildrenNames(virDomainSnapshot *snapshot,
                                      char **names,
                                      int nameslen,
                                      unsigned int flags)
{
    return remoteSnapshotNames(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES, names,
                               nameslen, flags);
}


static int
remoteDomainSnapshotListAllChildren(virDomainSnapshot *snapshot,
                                    virDomainSnapshot ***snaps,
                                    unsigned int flags)
{
    return remoteObjListAll(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN,
                            (void ***)snaps, flags);
}


static virDomainSnapshot *
remoteDomainSnapshotLookupByName(virDomain *domain, const char *name, unsigned int flags)
{
    return remoteObjStrFlagsObject(domain, REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME, name, flags);
}


static int
remoteDomainHasCurrentSnapshot(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsInt(domain, REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT, flags);
}


static virDomainSnapshot *
remoteDomainSnapshotCurrent(virDomain *domain, unsigned int flags)
{
    return remoteObjFlagsObject(domain, REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT, flags);
}


static virDomainSnapshot *
remoteDomainSnapshotGetParent(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlagsObject(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT, flags);
}


static int
remoteDomainSnapshotIsCurrent(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlagsInt(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT, flags);
}


static int
remoteDomainSnapshotHasMetadata(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlagsInt(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA, flags);
}


static int
remoteDomainRevertToSnapshot(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlags(snapshot, REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT, flags);
}


static int
remoteDomainSnapshotDelete(virDomainSnapshot *snapshot, unsigned int flags)
{
    return remoteObjFlags(snapshot, REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE, flags);
}


void
remoteDomainExtraDriverInit(virHypervisorDriver *drv)
{
    drv->domainSave = remoteDomainSave;
    drv->domainSaveFlags = remoteDomainSaveFlags;
    drv->domainSaveParams = remoteDomainSaveParams;
    drv->domainRestore = remoteDomainRestore;
    drv->domainRestoreFlags = remoteDomainRestoreFlags;
    drv->domainRestoreParams = remoteDomainRestoreParams;
    drv->domainSaveImageGetXMLDesc = remoteDomainSaveImageGetXMLDesc;
    drv->domainSaveImageDefineXML = remoteDomainSaveImageDefineXML;
    drv->domainManagedSave = remoteDomainManagedSave;
    drv->domainHasManagedSaveImage = remoteDomainHasManagedSaveImage;
    drv->domainManagedSaveRemove = remoteDomainManagedSaveRemove;
    drv->domainManagedSaveGetXMLDesc = remoteDomainManagedSaveGetXMLDesc;
    drv->domainManagedSaveDefineXML = remoteDomainManagedSaveDefineXML;
    drv->domainCoreDump = remoteDomainCoreDump;
    drv->domainCoreDumpWithFormat = remoteDomainCoreDumpWithFormat;
    drv->domainGetMetadata = remoteDomainGetMetadata;
    drv->domainSetMetadata = remoteDomainSetMetadata;
    drv->domainRename = remoteDomainRename;
    drv->domainGetMessages = remoteDomainGetMessages;

    drv->domainSnapshotCreateXML = remoteDomainSnapshotCreateXML;
    drv->domainSnapshotGetXMLDesc = remoteDomainSnapshotGetXMLDesc;
    drv->domainSnapshotNum = remoteDomainSnapshotNum;
    drv->domainSnapshotListNames = remoteDomainSnapshotListNames;
    drv->domainListAllSnapshots = remoteDomainListAllSnapshots;
    drv->domainSnapshotNumChildren = remoteDomainSnapshotNumChildren;
    drv->domainSnapshotListChildrenNames = remoteDomainSnapshotListChildrenNames;
    drv->domainSnapshotListAllChildren = remoteDomainSnapshotListAllChildren;
    drv->domainSnapshotLookupByName = remoteDomainSnapshotLookupByName;
    drv->domainHasCurrentSnapshot = remoteDomainHasCurrentSnapshot;
    drv->domainSnapshotCurrent = remoteDomainSnapshotCurrent;
    drv->domainSnapshotGetParent = remoteDomainSnapshotGetParent;
    drv->domainSnapshotIsCurrent = remoteDomainSnapshotIsCurrent;
    drv->domainSnapshotHasMetadata = remoteDomainSnapshotHasMetadata;
    drv->domainRevertToSnapshot = remoteDomainRevertToSnapshot;
    drv->domainSnapshotDelete = remoteDomainSnapshotDelete;
}
