package dev.reverso.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the module path (tests run on the class path), {@code dev.reverso.jackson} resolves with only what its
 * {@code module-info} requires, and Jackson's service look-up (what {@code ObjectMapper.findModules()} does) finds
 * the module through its {@code provides} clause.
 */
class ModulePathTest {
  @Test
  void theModuleResolvesAndProvidesItsJacksonModule() throws Exception {
    Path[] modulePath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .map(Path::of)
        .filter(p -> p.toString().endsWith(".jar") || Files.isRegularFile(p.resolve("module-info.class")))
        .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(modulePath);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.reverso.jackson"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertThat(layer.findModule("dev.reverso.jackson")).isPresent();
    assertThat(layer.findModule("dev.reverso.jackson").orElseThrow().getDescriptor().exports())
        .extracting(e -> e.source()).containsExactly("dev.reverso.jackson");
    assertThat(layer.findModule("dev.reverso.jackson").orElseThrow().getDescriptor().provides())
        .anySatisfy(p -> {
          assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
          assertThat(p.providers()).containsExactly(ReversoJacksonModule.class.getName());
        });
    // ObjectMapper.findAndRegisterModules() looks providers up with the context class loader: the layer's here
    ClassLoader loader = layer.findLoader("com.fasterxml.jackson.databind");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    List<Object> ids;
    try {
      thread.setContextClassLoader(loader);
      Object mapper = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getConstructor().newInstance();
      Object registered = mapper.getClass().getMethod("findAndRegisterModules").invoke(mapper);
      ids = List.copyOf((Set<?>) registered.getClass().getMethod("getRegisteredModuleIds").invoke(registered));
    } finally {
      thread.setContextClassLoader(before);
    }
    assertThat(ids).contains((Object) ReversoJacksonModule.class.getName());
  }
}
