/* livc-compare-loader.c: loads and scores assessments in a worker thread. Folders are
 * listed there too (their *.xml files, not their subfolders, sorted by name), so the main
 * loop never waits on the disk. The worker queues what it loaded; the main thread takes
 * the queue in one idle callback at a time, so that hundreds of files cost it a few
 * dozen short batches instead of one long stall.
 *
 * Signals, all on the main thread:
 *   "progress" (guint done, guint total)  after each batch, and once the files are listed
 *   "batch"    (GPtrArray *loaded)        LivcCompareLoaded, in the order of the files
 *   "finished" (gboolean cancelled)       after the last batch (none after a cancel)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "livc-compare-loader.h"

/* A batch goes to the main thread at most this often, or sooner when this many files
 * wait; the main thread takes at most BATCH_MAX per iteration, so that a batch costs it
 * well under a frame even when it fell behind. */
#define BATCH_INTERVAL_US 30000
#define BATCH_MAX 24

struct _LivcCompareLoader
{
  GObject       parent_instance;
  GPtrArray    *inputs;       /* GFile */
  GCancellable *cancellable;
  GMainContext *context;      /* the main thread's */
  gboolean      running;

  GMutex        lock;         /* guards what follows */
  GQueue        queue;        /* LivcCompareLoaded waiting for the main thread */
  gboolean      thread_done;
  guint         done;
  guint         total;
  gboolean      flush_pending;
  gboolean      listed;
};

G_DEFINE_FINAL_TYPE (LivcCompareLoader, livc_compare_loader, G_TYPE_OBJECT)

enum { SIGNAL_PROGRESS, SIGNAL_BATCH, SIGNAL_FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
livc_compare_loaded_free (LivcCompareLoaded *loaded)
{
  if (loaded == NULL)
    return;
  g_free (loaded->path);
  g_clear_object (&loaded->scores);
  g_clear_pointer (&loaded->diag, livc_diagnostics_free);
  g_free (loaded);
}

static void
livc_compare_loader_finalize (GObject *object)
{
  LivcCompareLoader *self = LIVC_COMPARE_LOADER (object);

  g_ptr_array_unref (self->inputs);
  g_object_unref (self->cancellable);
  g_main_context_unref (self->context);
  g_queue_clear_full (&self->queue, (GDestroyNotify) livc_compare_loaded_free);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (livc_compare_loader_parent_class)->finalize (object);
}

static void
livc_compare_loader_class_init (LivcCompareLoaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_compare_loader_finalize;

  signals[SIGNAL_PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_BATCH] = g_signal_new ("batch", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
  signals[SIGNAL_FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
livc_compare_loader_init (LivcCompareLoader *self)
{
  self->inputs = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  self->context = g_main_context_ref_thread_default ();
  g_queue_init (&self->queue);
  g_mutex_init (&self->lock);
}

/* Files and folders, as chosen or dropped. */
LivcCompareLoader *
livc_compare_loader_new (GFile * const *files,
                         guint          n_files)
{
  LivcCompareLoader *self = g_object_new (LIVC_TYPE_COMPARE_LOADER, NULL);

  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->inputs, g_object_ref (files[i]));
  return self;
}

static void schedule_flush_locked (LivcCompareLoader *self);

/* Main thread: at most BATCH_MAX of what is queued, as one batch; the rest at the next
 * iteration. After the worker's end and the last batch, "finished". */
static gboolean
flush (gpointer data)
{
  LivcCompareLoader *self = data;
  g_autoptr(GPtrArray) batch =
    g_ptr_array_new_with_free_func ((GDestroyNotify) livc_compare_loaded_free);
  gboolean cancelled = g_cancellable_is_cancelled (self->cancellable);
  gboolean listed, finished;
  guint done, total;

  g_mutex_lock (&self->lock);
  if (cancelled)
    g_queue_clear_full (&self->queue, (GDestroyNotify) livc_compare_loaded_free);
  while (batch->len < BATCH_MAX && !g_queue_is_empty (&self->queue))
    g_ptr_array_add (batch, g_queue_pop_head (&self->queue));
  self->flush_pending = FALSE;
  if (!g_queue_is_empty (&self->queue))
    schedule_flush_locked (self);
  done = self->done - g_queue_get_length (&self->queue);
  total = self->total;
  listed = self->listed;
  finished = self->thread_done && g_queue_is_empty (&self->queue) && self->running;
  g_mutex_unlock (&self->lock);

  if (batch->len > 0 && !cancelled)
    g_signal_emit (self, signals[SIGNAL_BATCH], 0, batch);
  if (listed && self->running)
    g_signal_emit (self, signals[SIGNAL_PROGRESS], 0, done, total);
  if (finished)
    {
      self->running = FALSE;
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0, cancelled);
    }
  return G_SOURCE_REMOVE;
}

/* Worker: asks the main thread for a flush unless one is already on its way. */
static void
schedule_flush_locked (LivcCompareLoader *self)
{
  GSource *source;

  if (self->flush_pending)
    return;
  self->flush_pending = TRUE;
  source = g_idle_source_new ();
  /* Above redraws' priority would starve them; at the default idle priority the batches
   * would wait for every redraw and resize. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, flush, g_object_ref (self), g_object_unref);
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The files to load: files as given, and the *.xml directly inside each folder. */
static GPtrArray *
list_paths (LivcCompareLoader *self)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      GFile *file = g_ptr_array_index (self->inputs, i);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) inside = NULL;
      const char *name;

      if (path == NULL)
        continue;
      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (paths, g_steal_pointer (&path));
          continue;
        }
      dir = g_dir_open (path, 0, NULL);
      inside = g_ptr_array_new ();
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *lower = g_ascii_strdown (name, -1);
          char *child;

          if (!g_str_has_suffix (lower, ".xml"))
            continue;
          child = g_build_filename (path, name, NULL);
          if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (inside, child);
          else
            g_free (child);
        }
      g_ptr_array_sort (inside, compare_paths);
      for (guint k = 0; k < inside->len; k++)
        g_ptr_array_add (paths, g_ptr_array_index (inside, k));
    }
  return paths;
}

/* As the command line does: the assessment, the questionnaire it answers (exact version,
 * else the newest of that id, with a warning), the check of one against the other. */
static LivcCompareLoaded *
load_one (LivcCatalog *catalog,
          const char  *path)
{
  LivcCompareLoaded *loaded = g_new0 (LivcCompareLoaded, 1);
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(GError) error = NULL;

  loaded->path = g_strdup (path);
  loaded->diag = livc_diagnostics_new ();
  a = livc_load_assessment (path, loaded->diag, &error);
  if (a == NULL)
    {
      if (livc_diagnostics_get_n (loaded->diag) == 0)
        livc_diagnostics_add (loaded->diag, LIVC_SEVERITY_ERROR, path, 0, "%s", error->message);
      return loaded;
    }
  q = livc_catalog_resolve (catalog, a, path, loaded->diag);
  if (q == NULL)
    {
      livc_diagnostics_add (loaded->diag, LIVC_SEVERITY_ERROR, path, 0,
                            _("the questionnaire “%s” (version %s) was not found among the "
                              "built-in questionnaires nor in the data folders"),
                            livc_assessment_get_questionnaire_id (a),
                            livc_assessment_get_questionnaire_version (a));
      return loaded;
    }
  if (!livc_assessment_check (a, q, path, loaded->diag, &error))
    {
      if (livc_diagnostics_count (loaded->diag, LIVC_SEVERITY_ERROR) == 0)
        livc_diagnostics_add (loaded->diag, LIVC_SEVERITY_ERROR, path, 0, "%s", error->message);
      return loaded;
    }
  loaded->scores = livc_score_set_new (q, a);
  return loaded;
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LivcCompareLoader *self = source;
  g_autoptr(GPtrArray) paths = list_paths (self);
  /* The worker's own catalog: it loads questionnaires lazily and is not shared. */
  g_autoptr(LivcCatalog) catalog = livc_catalog_new ();
  gint64 last = g_get_monotonic_time ();

  g_mutex_lock (&self->lock);
  self->total = paths->len;
  self->listed = TRUE;
  schedule_flush_locked (self);
  g_mutex_unlock (&self->lock);

  for (guint i = 0; i < paths->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      LivcCompareLoaded *loaded = load_one (catalog, g_ptr_array_index (paths, i));
      gint64 now = g_get_monotonic_time ();

      g_mutex_lock (&self->lock);
      g_queue_push_tail (&self->queue, loaded);
      self->done = i + 1;
      if (now - last >= BATCH_INTERVAL_US || g_queue_get_length (&self->queue) >= BATCH_MAX)
        {
          schedule_flush_locked (self);
          last = now;
        }
      g_mutex_unlock (&self->lock);
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_thread_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LivcCompareLoader *self = LIVC_COMPARE_LOADER (source);

  /* "finished" comes from the flush that delivers the last batch. */
  g_mutex_lock (&self->lock);
  self->thread_done = TRUE;
  schedule_flush_locked (self);
  g_mutex_unlock (&self->lock);
}

void
livc_compare_loader_start (LivcCompareLoader *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIVC_IS_COMPARE_LOADER (self));
  g_return_if_fail (!self->running);

  self->running = TRUE;
  task = g_task_new (self, NULL, on_thread_done, NULL);
  g_task_set_task_data (task, NULL, NULL);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}

/* Stops after the file being loaded; "finished" follows with cancelled set, and no batch
 * is delivered any more. */
void
livc_compare_loader_cancel (LivcCompareLoader *self)
{
  g_return_if_fail (LIVC_IS_COMPARE_LOADER (self));
  g_cancellable_cancel (self->cancellable);
}

gboolean
livc_compare_loader_is_running (LivcCompareLoader *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_LOADER (self), FALSE);
  return self->running;
}

guint
livc_compare_loader_get_done (LivcCompareLoader *self)
{
  guint done;

  g_return_val_if_fail (LIVC_IS_COMPARE_LOADER (self), 0);
  g_mutex_lock (&self->lock);
  done = self->done;
  g_mutex_unlock (&self->lock);
  return done;
}

guint
livc_compare_loader_get_total (LivcCompareLoader *self)
{
  guint total;

  g_return_val_if_fail (LIVC_IS_COMPARE_LOADER (self), 0);
  g_mutex_lock (&self->lock);
  total = self->total;
  g_mutex_unlock (&self->lock);
  return total;
}
