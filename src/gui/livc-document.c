/* livc-document.c: one open assessment. Every change of the assessment marks the
 * document modified, scores it again (cheap: microseconds for the built-in questionnaire)
 * and schedules the autosave, which writes the recovery copy one second later at most.
 * The document also watches its file: another window, another instance or another
 * program that changes it is noticed, and a save never silently replaces what they wrote.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "livc-document.h"

/* Autosave waits this long after a change so that typing a note writes once, not per key,
 * and stays well inside the promised two seconds. */
#define AUTOSAVE_DELAY_MS 700

struct _LivcDocument
{
  GObject            parent_instance;
  LivcQuestionnaire *questionnaire;
  LivcAssessment    *assessment;
  LivcScoreSet      *scores;
  LivcHistory       *history;
  char              *path;
  char              *questionnaire_path;
  char              *recovery_id;
  guint              autosave_source;
  gboolean           modified;
  gboolean           autosave;
  gboolean           ratings_hidden;
  /* While changes are coalesced, the source that scores them once for a burst, before
   * the next frame is drawn; scores_stale while the scores lag behind the assessment. */
  gboolean           coalesce;
  guint              rescore_source;
  gboolean           scores_stale;

  /* What the file held when it was last loaded or saved here: its etag, inode and size
   * (cheap to ask again), and the SHA-256 of its bytes (read only when those differ, so
   * that a file touched but not changed is not a conflict). NULL when not known. */
  char              *disk_stamp;
  char              *disk_sha256;
  GFileMonitor      *monitor;
  gboolean           disk_changed;
  /* Why the last autosave could not write to the recovery folder, and where it wrote
   * instead (NULL when nowhere); both NULL while autosave works. */
  char              *autosave_problem;
  char              *fallback_path;
};

G_DEFINE_FINAL_TYPE (LivcDocument, livc_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (livc-document-error-quark, livc_document_error)

enum {
  PROP_0,
  PROP_SCORES,
  PROP_PATH,
  PROP_MODIFIED,
  PROP_RATINGS_HIDDEN,
  PROP_DISK_CHANGED,
  PROP_AUTOSAVE_PROBLEM,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76. */
static gboolean
replace_str (char       **dest,
             const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;
  g_free (*dest);
  *dest = g_strdup (value);
  return TRUE;
}

/* The file's etag, inode and size, or NULL when it is gone or cannot be asked. The inode
 * is there because an atomic save (a new file renamed over the old) within the etag's
 * resolution would otherwise look the same. */
static char *
query_stamp (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s/%" G_GUINT64_FORMAT "/%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info) ? g_file_info_get_etag (info) : "",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_size (info));
}

static void
set_disk_changed (LivcDocument *self,
                  gboolean      changed)
{
  changed = !!changed;
  if (self->disk_changed == changed)
    return;
  self->disk_changed = changed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISK_CHANGED]);
}

static void
forget_disk (LivcDocument *self)
{
  g_clear_pointer (&self->disk_stamp, g_free);
  g_clear_pointer (&self->disk_sha256, g_free);
  set_disk_changed (self, FALSE);
}

/* What path holds now is what this document last read or wrote there: sha256 is the SHA-256
 * of those bytes (or NULL to compute it from the file). */
static void
remember_disk (LivcDocument *self,
               const char   *path,
               const char   *sha256)
{
  g_free (self->disk_stamp);
  self->disk_stamp = query_stamp (path);
  g_free (self->disk_sha256);
  self->disk_sha256 = sha256 != NULL ? g_strdup (sha256) : livc_file_dup_sha256 (path);
  set_disk_changed (self, FALSE);
}

/* Whether the file now holds something else than this document last read or wrote: other
 * bytes, or something that is not a file it can read. A file only touched counts as
 * unchanged, and so does a file deleted: writing it again loses nobody's answers. */
static gboolean
file_changed_since (LivcDocument *self)
{
  g_autofree char *stamp = NULL;
  g_autofree char *sha256 = NULL;

  if (self->path == NULL || self->disk_sha256 == NULL)
    return FALSE;
  stamp = query_stamp (self->path);
  if (stamp == NULL && !g_file_test (self->path, G_FILE_TEST_EXISTS))
    return FALSE;
  if (stamp != NULL && g_strcmp0 (stamp, self->disk_stamp) == 0)
    return FALSE;
  sha256 = livc_file_dup_sha256 (self->path);
  if (g_strcmp0 (sha256, self->disk_sha256) != 0)
    return TRUE;
  g_free (self->disk_stamp);
  self->disk_stamp = g_steal_pointer (&stamp);
  return FALSE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 LivcDocument      *self)
{
  /* A write in progress ends with CHANGES_DONE_HINT; that is the moment to look. */
  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  livc_document_check_disk (self);
}

static void
watch_file (LivcDocument *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->path == NULL)
    return;
  file = g_file_new_for_path (self->path);
  /* Without a monitor (an odd file system) the check at save time still holds. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

static void
set_autosave_problem (LivcDocument *self,
                      const char   *problem,
                      const char   *fallback_path)
{
  gboolean changed = replace_str (&self->autosave_problem, problem);

  replace_str (&self->fallback_path, fallback_path);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_PROBLEM]);
}

/* The recovery folder could not be written: the copy goes to the user's runtime folder
 * instead (private, and on most systems in memory, so it works on a full or read-only
 * disk), in a folder checked as the recovery folder is. The user is told where. */
static gboolean
write_fallback (LivcDocument  *self,
                char         **out_path,
                GError       **error)
{
  g_autofree char *dir = livc_document_dup_fallback_dir ();
  g_autofree char *name = g_strconcat (self->recovery_id, ".xml", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GBytes) bytes = NULL;

  if (!livc_recovery_check_dir (dir, TRUE, error))
    return FALSE;
  bytes = livc_assessment_to_bytes (self->assessment);
  if (!livc_write_file_atomically (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   error))
    return FALSE;
  *out_path = g_steal_pointer (&path);
  return TRUE;
}

static void
remove_fallback (LivcDocument *self)
{
  if (self->fallback_path != NULL)
    g_unlink (self->fallback_path);
  set_autosave_problem (self, NULL, NULL);
}

static gboolean
autosave_cb (gpointer user_data)
{
  LivcDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  /* The window shows it ("autosave-problem"); the log keeps a line for whoever reads it. */
  if (!livc_document_autosave_now (self, &error))
    g_message ("Autosave failed: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
score_now (LivcDocument *self)
{
  g_clear_object (&self->scores);
  self->scores = livc_score_set_new (self->questionnaire, self->assessment);
  self->scores_stale = FALSE;
}

static void
rescore (LivcDocument *self)
{
  g_clear_handle_id (&self->rescore_source, g_source_remove);
  score_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORES]);
}

static gboolean
rescore_cb (gpointer user_data)
{
  LivcDocument *self = user_data;

  self->rescore_source = 0;
  rescore (self);
  return G_SOURCE_REMOVE;
}

static void
on_assessment_changed (LivcAssessment *assessment,
                       LivcDocument   *self)
{
  if (self->coalesce)
    {
      /* Before GTK's layout and paint (GDK_PRIORITY_REDRAW), after every request that is
       * already waiting (G_PRIORITY_DEFAULT): one rescoring and one refresh of the views
       * for a whole burst of ratings. */
      self->scores_stale = TRUE;
      if (self->rescore_source == 0)
        self->rescore_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rescore_cb, self,
                                                NULL);
    }
  else
    rescore (self);
  livc_document_set_modified (self, TRUE);
  if (self->autosave && self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

static void
livc_document_dispose (GObject *object)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  /* A pending autosave is written now: a change is never lost to a closing window. */
  if (self->autosave_source != 0)
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      if (self->modified)
        livc_document_autosave_now (self, NULL);
    }
  g_clear_handle_id (&self->rescore_source, g_source_remove);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_clear_pointer (&self->path, g_free);
  watch_file (self);
  g_clear_object (&self->scores);
  g_clear_object (&self->history);
  g_clear_object (&self->assessment);
  g_clear_object (&self->questionnaire);
  G_OBJECT_CLASS (livc_document_parent_class)->dispose (object);
}

static void
livc_document_finalize (GObject *object)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  g_free (self->path);
  g_free (self->questionnaire_path);
  g_free (self->recovery_id);
  g_free (self->disk_stamp);
  g_free (self->disk_sha256);
  g_free (self->autosave_problem);
  g_free (self->fallback_path);
  G_OBJECT_CLASS (livc_document_parent_class)->finalize (object);
}

static void
livc_document_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SCORES:
      g_value_set_object (value, self->scores);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_RATINGS_HIDDEN:
      g_value_set_boolean (value, self->ratings_hidden);
      break;
    case PROP_DISK_CHANGED:
      g_value_set_boolean (value, self->disk_changed);
      break;
    case PROP_AUTOSAVE_PROBLEM:
      g_value_set_string (value, self->autosave_problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_document_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_RATINGS_HIDDEN:
      livc_document_set_ratings_hidden (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_document_class_init (LivcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = livc_document_dispose;
  object_class->finalize = livc_document_finalize;
  object_class->get_property = livc_document_get_property;
  object_class->set_property = livc_document_set_property;

  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL, LIVC_TYPE_SCORE_SET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* During an individual round the members' ratings stay hidden until the reveal, so that
   * nobody anchors on another's answer. Not saved: a file opened later shows everything. */
  properties[PROP_RATINGS_HIDDEN] =
    g_param_spec_boolean ("ratings-hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The file on disk no longer holds what this document last read or wrote: another
   * window, instance or program wrote it. Cleared by a save or a reload. */
  properties[PROP_DISK_CHANGED] =
    g_param_spec_boolean ("disk-changed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What the user must be told about the last autosave that could not write to the
   * recovery folder, or NULL while autosave works. */
  properties[PROP_AUTOSAVE_PROBLEM] =
    g_param_spec_string ("autosave-problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_document_init (LivcDocument *self)
{
  self->recovery_id = livc_recovery_new_id ();
  self->autosave = TRUE;
}

/* Off only when the user turned autosave off in the preferences. */
void
livc_document_set_autosave (LivcDocument *self,
                            gboolean      autosave)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  self->autosave = autosave;
}

LivcDocument *
livc_document_new (LivcQuestionnaire *questionnaire,
                   LivcAssessment    *assessment)
{
  LivcDocument *self;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (LIVC_TYPE_DOCUMENT, NULL);
  self->questionnaire = g_object_ref (questionnaire);
  self->assessment = g_object_ref (assessment);
  self->scores = livc_score_set_new (questionnaire, assessment);
  g_signal_connect (assessment, "changed", G_CALLBACK (on_assessment_changed), self);
  self->history = livc_history_new (assessment);
  return self;
}

/* Loads an assessment and the questionnaire it answers: the one at questionnaire_path if
 * given, else the catalog's (built-in or in the data folders). Problems go to diag with
 * file and line; warnings do not stop the load. */
LivcDocument *
livc_document_load (const char       *path,
                    const char       *display_name,
                    const char       *questionnaire_path,
                    LivcDiagnostics  *diag,
                    GError          **error)
{
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcCatalog) catalog = NULL;
  LivcDocument *self;

  g_return_val_if_fail (path != NULL, NULL);

  if (display_name == NULL)
    display_name = path;
  a = livc_load_assessment (path, diag, error);
  if (a == NULL)
    return NULL;
  if (questionnaire_path != NULL)
    {
      q = livc_load_questionnaire (questionnaire_path, diag, error);
      if (q == NULL)
        return NULL;
    }
  else
    {
      catalog = livc_catalog_new ();
      q = livc_catalog_resolve (catalog, a, display_name, diag);
      if (q == NULL)
        {
          g_set_error (error, LIVC_LOADER_ERROR, LIVC_LOADER_ERROR_INVALID,
                       _("The questionnaire “%s” (version %s) that this assessment answers "
                         "is not on this computer. Add it in New Assessment with “Open a "
                         "Questionnaire File…”, then open this assessment again."),
                       livc_assessment_get_questionnaire_id (a),
                       livc_assessment_get_questionnaire_version (a));
          livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0, "%s",
                                (*error)->message);
          return NULL;
        }
    }
  if (!livc_assessment_check (a, q, display_name, diag, error))
    return NULL;

  self = livc_document_new (q, a);
  self->path = g_strdup (path);
  if (questionnaire_path != NULL && !livc_questionnaire_is_builtin (q))
    self->questionnaire_path = g_strdup (questionnaire_path);
  return self;
}

/* The document holds what path holds now (it was just loaded from there): from now on, a
 * change of the file by anyone else is noticed. A restored recovery copy is not watched
 * this way: what its file held when the copy was made is not known. */
void
livc_document_watch_file (LivcDocument *self)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  g_return_if_fail (self->path != NULL);

  remember_disk (self, self->path, NULL);
  watch_file (self);
}

LivcQuestionnaire *
livc_document_get_questionnaire (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->questionnaire;
}

LivcAssessment *
livc_document_get_assessment (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->assessment;
}

/* The assessment's undo and redo, from when the document was opened. */
LivcHistory *
livc_document_get_history (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->history;
}

LivcScoreSet *
livc_document_get_scores (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  /* Asked between a coalesced change and its rescoring: the answer is current all the
   * same; "notify::scores" still comes once, from the idle. */
  if (self->scores_stale)
    score_now (self);
  return self->scores;
}

/* While TRUE, a burst of changes (ratings arriving from the phones of a live round) is
 * scored once and "notify::scores" emitted once, just before the next frame, instead of
 * once per change; "changed", "modified" and the autosave stay immediate. Turning it off
 * scores what is still pending at once. */
void
livc_document_set_coalesce_changes (LivcDocument *self,
                                    gboolean      coalesce)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  self->coalesce = coalesce;
  if (!coalesce && self->rescore_source != 0)
    rescore (self);
}

const char *
livc_document_get_path (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->path;
}

void
livc_document_set_path (LivcDocument *self,
                        const char   *path)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  if (!replace_str (&self->path, path))
    return;
  forget_disk (self);
  watch_file (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

const char *
livc_document_get_questionnaire_path (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->questionnaire_path;
}

void
livc_document_set_questionnaire_path (LivcDocument *self,
                                      const char   *path)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  replace_str (&self->questionnaire_path, path);
}

gboolean
livc_document_get_modified (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

void
livc_document_set_modified (LivcDocument *self,
                            gboolean      modified)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const char *
livc_document_get_recovery_id (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->recovery_id;
}

/* A restored document keeps writing to the recovery copy it came from, so that a second
 * crash before saving is covered too. */
void
livc_document_set_recovery_id (LivcDocument *self,
                               const char   *id)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);
  replace_str (&self->recovery_id, id);
}

/* What the title bar and dialogs call the document: the municipalities and the date, each
 * name isolated, so that a bidirectional control in one never reorders the date. */
char *
livc_document_dup_display_name (LivcDocument *self)
{
  g_autofree char *names = NULL;
  const char *date;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);

  names = livc_assessment_dup_isolated_names (self->assessment, " · ");
  date = livc_assessment_get_date (self->assessment);
  if (names == NULL || *names == '\0')
    replace_str (&names, _("New assessment"));
  if (date == NULL || *date == '\0')
    return g_steal_pointer (&names);
  return g_strdup_printf ("%s — %s", names, date);
}

gboolean
livc_document_save (LivcDocument  *self,
                    const char    *path,
                    GError       **error)
{
  return livc_document_save_full (self, path, FALSE, error);
}

/* Saves to path. Unless overwrite is TRUE, a save over this document's own file refuses
 * with LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK when the file no longer holds what was last
 * read or written here: another window, instance or program saved its own answers there,
 * and replacing them must be the user's choice. */
gboolean
livc_document_save_full (LivcDocument  *self,
                         const char    *path,
                         gboolean       overwrite,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) note_error = NULL;
  g_autofree char *sha256 = NULL;
  const void *data;
  gsize size;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!overwrite && g_strcmp0 (path, self->path) == 0 && file_changed_since (self))
    {
      g_autofree char *name = g_filename_display_name (path);

      set_disk_changed (self, TRUE);
      g_set_error (error, LIVC_DOCUMENT_ERROR, LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program or window since it was opened "
                     "here; saving would replace those changes"), name);
      return FALSE;
    }

  /* The recovery copy learns what the save will hold first: if the app dies after the save
   * but before the copy is removed, the next start sees the save happened and does not
   * offer the copy. If that cannot be noted, the save goes ahead all the same (the worst
   * is an offer of what was saved). */
  bytes = livc_assessment_to_bytes (self->assessment);
  if (!livc_recovery_note_save (self->recovery_id, path, bytes, &note_error))
    g_warning ("Cannot note the save in the recovery folder: %s", note_error->message);
  data = g_bytes_get_data (bytes, &size);
  if (!livc_write_file_atomically (path, data, size, error))
    return FALSE;
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  livc_document_set_path (self, path);
  remember_disk (self, path, sha256);
  livc_document_set_modified (self, FALSE);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  livc_document_discard_recovery (self);
  return TRUE;
}

/* Writes the recovery copy now. If the recovery folder cannot be written, the copy goes
 * to the fallback folder and "autosave-problem" says so; FALSE only when it could be
 * written nowhere. */
gboolean
livc_document_autosave_now (LivcDocument  *self,
                            GError       **error)
{
  g_autoptr(GError) recovery_error = NULL;
  g_autoptr(GError) fallback_error = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *problem = NULL;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (livc_recovery_write (self->recovery_id, self->assessment, self->path,
                           self->questionnaire_path, &recovery_error))
    {
      remove_fallback (self);
      return TRUE;
    }
  /* Never only on stderr: the window shows the problem until autosave works again. */
  if (write_fallback (self, &fallback, &fallback_error))
    {
      problem = g_strdup_printf (_("Autosave cannot write to the recovery folder: %s. Your "
                                   "unsaved changes are kept in %s instead, where LIVC Scan "
                                   "will not offer them after a crash: save the assessment "
                                   "soon."),
                                 recovery_error->message, fallback);
      set_autosave_problem (self, problem, fallback);
      return TRUE;
    }
  problem = g_strdup_printf (_("Autosave cannot keep your unsaved changes: %s; nor elsewhere: "
                               "%s. Save the assessment now, or save it under another name."),
                             recovery_error->message, fallback_error->message);
  set_autosave_problem (self, problem, NULL);
  g_propagate_error (error, g_steal_pointer (&recovery_error));
  return FALSE;
}

/* Where autosave writes when the recovery folder cannot be written: a private folder in
 * the user's runtime folder. */
char *
livc_document_dup_fallback_dir (void)
{
  return g_build_filename (g_get_user_runtime_dir (), "livc-scan", "unsaved", NULL);
}

const char *
livc_document_get_autosave_problem (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->autosave_problem;
}

/* The file the last autosave wrote instead of the recovery folder, or NULL. */
const char *
livc_document_get_fallback_path (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->fallback_path;
}

gboolean
livc_document_get_disk_changed (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  return self->disk_changed;
}

/* Looks at the file now (the monitor calls this on every change it sees) and returns
 * whether it holds something else than this document last read or wrote; a file put back
 * as it was is no longer a change. */
gboolean
livc_document_check_disk (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);

  set_disk_changed (self, file_changed_since (self));
  return self->disk_changed;
}

/* Called once the work is safe elsewhere: saved, or discarded on purpose. */
void
livc_document_discard_recovery (LivcDocument *self)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  livc_recovery_remove (self->recovery_id);
  remove_fallback (self);
}

gboolean
livc_document_get_ratings_hidden (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  return self->ratings_hidden;
}

void
livc_document_set_ratings_hidden (LivcDocument *self,
                                  gboolean      hidden)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  hidden = !!hidden;
  if (self->ratings_hidden == hidden)
    return;
  self->ratings_hidden = hidden;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATINGS_HIDDEN]);
}
