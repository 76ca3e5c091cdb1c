/* livc-document.h: one open assessment in the app: the questionnaire it answers, its
 * file, whether it has unsaved changes, its live scores and its autosave.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_DOCUMENT (livc_document_get_type ())
G_DECLARE_FINAL_TYPE (LivcDocument, livc_document, LIVC, DOCUMENT, GObject)

#define LIVC_DOCUMENT_ERROR (livc_document_error_quark ())

typedef enum
{
  LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK,
} LivcDocumentError;

GQuark             livc_document_error_quark           (void);

LivcDocument      *livc_document_new                   (LivcQuestionnaire *questionnaire,
                                                        LivcAssessment    *assessment);
LivcDocument      *livc_document_load                  (const char        *path,
                                                        const char        *display_name,
                                                        const char        *questionnaire_path,
                                                        LivcDiagnostics   *diag,
                                                        GError           **error);
LivcQuestionnaire *livc_document_get_questionnaire     (LivcDocument *self);
LivcAssessment    *livc_document_get_assessment        (LivcDocument *self);
LivcScoreSet      *livc_document_get_scores            (LivcDocument *self);
LivcHistory       *livc_document_get_history           (LivcDocument *self);
const char        *livc_document_get_path              (LivcDocument *self);
void               livc_document_set_path              (LivcDocument *self,
                                                        const char   *path);
const char        *livc_document_get_questionnaire_path (LivcDocument *self);
void               livc_document_set_questionnaire_path (LivcDocument *self,
                                                         const char   *path);
gboolean           livc_document_get_modified          (LivcDocument *self);
void               livc_document_set_modified          (LivcDocument *self,
                                                        gboolean      modified);
const char        *livc_document_get_recovery_id       (LivcDocument *self);
void               livc_document_set_recovery_id       (LivcDocument *self,
                                                        const char   *id);
char              *livc_document_dup_display_name      (LivcDocument *self);
gboolean           livc_document_save                  (LivcDocument *self,
                                                        const char   *path,
                                                        GError      **error);
gboolean           livc_document_save_full             (LivcDocument *self,
                                                        const char   *path,
                                                        gboolean      overwrite,
                                                        GError      **error);
void               livc_document_watch_file            (LivcDocument *self);
gboolean           livc_document_get_disk_changed      (LivcDocument *self);
gboolean           livc_document_check_disk            (LivcDocument *self);
gboolean           livc_document_autosave_now          (LivcDocument *self,
                                                        GError      **error);
const char        *livc_document_get_autosave_problem  (LivcDocument *self);
const char        *livc_document_get_fallback_path     (LivcDocument *self);
char              *livc_document_dup_fallback_dir      (void);
void               livc_document_set_autosave          (LivcDocument *self,
                                                        gboolean      autosave);
void               livc_document_discard_recovery      (LivcDocument *self);
gboolean           livc_document_get_ratings_hidden    (LivcDocument *self);
void               livc_document_set_coalesce_changes  (LivcDocument *self,
                                                        gboolean      coalesce);
void               livc_document_set_ratings_hidden    (LivcDocument *self,
                                                        gboolean      hidden);

G_END_DECLS
