/* livc-loader.h: reads questionnaires and assessments from untrusted XML, checks them
 * against the schema and every rule of the format, and reports each problem.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-assessment.h"
#include "livc-diagnostics.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

#define LIVC_LOADER_ERROR (livc_loader_error_quark ())

typedef enum
{
  LIVC_LOADER_ERROR_IO,
  LIVC_LOADER_ERROR_TOO_LARGE,
  LIVC_LOADER_ERROR_NOT_WELL_FORMED,
  LIVC_LOADER_ERROR_FORBIDDEN,
  LIVC_LOADER_ERROR_VOCABULARY,
  LIVC_LOADER_ERROR_SCHEMA,
  LIVC_LOADER_ERROR_INVALID,
} LivcLoaderError;

typedef enum
{
  LIVC_VOCABULARY_UNKNOWN,
  LIVC_VOCABULARY_QUESTIONNAIRE,
  LIVC_VOCABULARY_ASSESSMENT,
} LivcVocabulary;

GQuark              livc_loader_error_quark              (void);

LivcQuestionnaire  *livc_load_questionnaire              (const char        *path,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
LivcQuestionnaire  *livc_load_questionnaire_bytes        (GBytes            *bytes,
                                                          const char        *display_name,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
LivcAssessment     *livc_load_assessment                 (const char        *path,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
LivcAssessment     *livc_load_assessment_bytes           (GBytes            *bytes,
                                                          const char        *display_name,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
GObject            *livc_load_any                        (const char        *path,
                                                          LivcVocabulary    *vocabulary,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
gboolean            livc_assessment_check                (LivcAssessment    *assessment,
                                                          LivcQuestionnaire *questionnaire,
                                                          const char        *display_name,
                                                          LivcDiagnostics   *diag,
                                                          GError           **error);
guint               livc_assessment_migrate              (LivcAssessment    *assessment,
                                                          LivcQuestionnaire *questionnaire,
                                                          const char        *display_name,
                                                          LivcDiagnostics   *diag);
char              **livc_assessment_dup_unknown_items    (LivcAssessment    *assessment,
                                                          LivcQuestionnaire *questionnaire);
void                livc_questionnaire_check_translations (LivcQuestionnaire *questionnaire,
                                                           const char * const *langs,
                                                           LivcDiagnostics   *diag);

G_END_DECLS
