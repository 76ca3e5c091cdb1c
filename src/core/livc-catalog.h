/* livc-catalog.h: finds questionnaires: built in, then in the XDG data folders.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"
#include "livc-diagnostics.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

#define LIVC_TYPE_CATALOG (livc_catalog_get_type ())
G_DECLARE_FINAL_TYPE (LivcCatalog, livc_catalog, LIVC, CATALOG, GObject)

#define LIVC_BUILTIN_QUESTIONNAIRE_ID "livc-r"

LivcCatalog        *livc_catalog_new              (void);
LivcCatalog        *livc_catalog_new_builtin_only (void);
void                livc_catalog_scan             (LivcCatalog     *self,
                                                   LivcDiagnostics *diag);
GListModel         *livc_catalog_get_questionnaires (LivcCatalog   *self);
LivcQuestionnaire  *livc_catalog_lookup           (LivcCatalog     *self,
                                                   const char      *id,
                                                   const char      *version,
                                                   gboolean        *exact);
LivcQuestionnaire  *livc_catalog_resolve         (LivcCatalog     *self,
                                                   LivcAssessment  *assessment,
                                                   const char      *display_name,
                                                   LivcDiagnostics *diag);
LivcQuestionnaire  *livc_catalog_get_builtin      (GError         **error);
gboolean            livc_questionnaire_is_builtin (LivcQuestionnaire *questionnaire);
char               *livc_catalog_dup_install_dir  (void);
char               *livc_catalog_install          (const char      *path,
                                                   gboolean         replace,
                                                   LivcDiagnostics *diag);
void                livc_core_init                (void);

G_END_DECLS
