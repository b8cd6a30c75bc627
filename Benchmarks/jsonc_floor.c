// The floor of `generate --all`: decompresses and parses the model files named on standard input (one path a line,
// gzipped or not) with zlib and json-c on THREADS threads, and does nothing else. Exits 1 naming the first file it
// cannot read or parse. Built and run by generate-all.sh:
//
//   find <data> -name '*.json.gz' | jsonc_floor 2
#include <json-c/json.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static char **paths;
static size_t count;
static atomic_size_t next_index;
static atomic_int failed;

// Reads the whole of `path` (gzread reads plain files too) into a buffer the caller frees; NULL on failure.
static char *read_file(const char *path, size_t *length) {
    gzFile file = gzopen(path, "rb");
    if (file == NULL) return NULL;
    size_t capacity = 1 << 20, used = 0;
    char *buffer = malloc(capacity);
    int read;
    while (buffer != NULL && (read = gzread(file, buffer + used, (unsigned)(capacity - used))) > 0) {
        used += (size_t)read;
        if (used == capacity) {
            capacity *= 2;
            char *grown = realloc(buffer, capacity);
            if (grown == NULL) free(buffer);
            buffer = grown;
        }
    }
    int error = 0;
    gzerror(file, &error);
    gzclose(file);
    if (buffer == NULL || error != Z_OK) {
        free(buffer);
        return NULL;
    }
    *length = used;
    return buffer;
}

// Parses files until none is left; endpoint rule sets nest deeper than json-c's default limit of 32.
static void *work(void *unused) {
    (void)unused;
    json_tokener *tokener = json_tokener_new_ex(1024);
    for (size_t index; (index = atomic_fetch_add(&next_index, 1)) < count;) {
        size_t length = 0;
        char *text = read_file(paths[index], &length);
        json_object *value = text == NULL ? NULL : json_tokener_parse_ex(tokener, text, (int)length);
        if (value == NULL || json_tokener_get_error(tokener) != json_tokener_success) {
            if (atomic_exchange(&failed, 1) == 0) fprintf(stderr, "jsonc_floor: %s: cannot read or parse\n", paths[index]);
        }
        json_object_put(value);
        json_tokener_reset(tokener);
        free(text);
    }
    json_tokener_free(tokener);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 2;
    if (threads < 1 || threads > 256) {
        fprintf(stderr, "usage: jsonc_floor [threads] < paths\n");
        return 1;
    }
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char line[4096];
    while (paths != NULL && fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = 0;
        if (line[0] == 0) continue;
        if (count == capacity) {
            capacity *= 2;
            paths = realloc(paths, capacity * sizeof *paths);
            if (paths == NULL) break;
        }
        paths[count++] = strdup(line);
    }
    if (paths == NULL) {
        fprintf(stderr, "jsonc_floor: out of memory\n");
        return 1;
    }
    pthread_t workers[256];
    for (int i = 0; i < threads; i++) pthread_create(&workers[i], NULL, work, NULL);
    for (int i = 0; i < threads; i++) pthread_join(workers[i], NULL);
    return failed ? 1 : 0;
}
